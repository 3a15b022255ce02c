/**
 * Reached elements (of an impact or a trace) as text and Markdown: the element, its depth, and
 * the path explaining why it is reached, written like a Cypher pattern so Neo4j users can read it:
 * `IF-021 <-[:REALISED_BY]- BRS007-FR-001`.
 */
import type { Path, PathHop, Reached } from '../domain/results.js';
import { describeProposal } from '../model/provenance.js';
import type { GraphNode } from '../store/port.js';
import { mdTable } from './markdown-table.js';

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

/** Example elements are illustrations, not baselined design; every rendering says so. */
export const exampleMark = (node: GraphNode): string =>
  (node.props.example !== undefined ? ' [example]' : node.props.inferred !== undefined ? ' [inferred]' : '') +
  (node.props.proposedBy ? ` [proposed: ${describeProposal(node.props.proposedBy)}]` : '');

export const nodeLabel = (node: GraphNode): string => `${node.id}  ${node.props.name}${exampleMark(node)}`;

export const reachedText = (r: Reached): string => `  ${nodeLabel(r.node)}  (depth ${r.depth})\n      ${formatPath(r.path)}\n`;

export const reachedMarkdown = (reached: readonly Reached[]): string =>
  mdTable(
    ['Id', 'Name', 'Depth', 'Path'],
    reached.map((r) => [r.node.id, `${r.node.props.name}${exampleMark(r.node)}`, String(r.depth), `\`${formatPath(r.path)}\``]),
  );
