/**
 * A path written like a Cypher pattern, so Neo4j users can read it:
 * `IF-021 <-[:REALISED_BY]- BRS007-FR-001`. The CLI, the exports and the GraphQL `Path.explanation`
 * field all show paths this way.
 */
import { describeProposal } from '../model/provenance.js';
import type { Path, PathHop } from './results.js';

/**
 * What a hop says about itself beyond its type, as Cypher relationship properties: an inference
 * (always), an example stated on the reference itself (the author's own link), a proposal. A
 * relationship that only inherits its example element's provenance says nothing: the element's
 * `[example]` mark covers it.
 */
function hopProperties({ provenance, proposedBy }: PathHop): string {
  const properties = [
    ...(provenance.state === 'INFERRED' ? [`inferred: ${JSON.stringify(provenance.note)}`] : []),
    ...(provenance.state === 'EXAMPLE' && !provenance.inherited ? [`example: ${JSON.stringify(provenance.note)}`] : []),
    ...(proposedBy ? [`proposedBy: ${JSON.stringify(describeProposal(proposedBy))}`] : []),
  ];
  return properties.length === 0 ? '' : ` {${properties.join(', ')}}`;
}

export const formatPath = (path: Path): string =>
  [
    path.start,
    ...path.hops.map((h) => (h.direction === 'OUT' ? `-[:${h.type}${hopProperties(h)}]-> ${h.to}` : `<-[:${h.type}${hopProperties(h)}]- ${h.to}`)),
  ].join(' ');
