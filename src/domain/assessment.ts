/**
 * The impact assessment of a change request, as a design lead circulates it: the impact walk
 * (impact.ts) with every impacted element's path as a sentence, and the summaries the
 * constituencies act on — which artefacts need change-marking, which roles and constituencies
 * must respond, which test phases re-run, which code clauses to redraft — the other change
 * requests touching the same elements, the CR's own facts and links (with their provenance), and
 * which design it was computed on.
 *
 * Cost: the impact walk, then a fixed number of round-trips for the summaries, whatever the size
 * of the answer.
 */
import type { EdgeProvenance, Proposal } from '../model/provenance.js';
import { byCodeUnits, byId } from '../store/order.js';
import type { GraphNode, GraphStore } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { hop, HOPS } from './hops.js';
import { impactOf } from './impact.js';
import { fetchNodes, getNode } from './lookups.js';
import type { ImpactResult, Path } from './results.js';
import { pathSentence } from './sentences.js';

/** Which design the assessment was computed on. */
export interface ModelIdentity {
  /** Content hash of the model the store holds. */
  readonly modelHash: string | null;
  /** `git rev-parse HEAD` of the model directory; null when it is not in a git repository. */
  readonly gitCommit: string | null;
}

export interface AssessedElement {
  readonly node: GraphNode;
  readonly depth: number;
  readonly path: Path;
  /** Why it is impacted, as a sentence: "BRS008-FR-001 is realised by IF-021, which CR023 changes". */
  readonly sentence: string;
}

/** A link of the change request to an element it changes, with the link's own provenance. */
export interface ChangeLink {
  readonly node: GraphNode;
  readonly provenance: EdgeProvenance;
  readonly proposedBy?: Proposal;
}

/** Elements grouped under an element (an artefact, a role, a test phase), both by id. */
export interface NodeGroup {
  readonly node: GraphNode;
  readonly elements: readonly GraphNode[];
}

/** Elements grouped under a name (a constituency, an industry code). */
export interface NamedGroup {
  readonly name: string;
  readonly elements: readonly GraphNode[];
}

export interface OverlappingChangeRequest {
  readonly changeRequest: GraphNode;
  /** The changed or impacted elements it changes too, by id. */
  readonly shared: readonly GraphNode[];
}

export interface ImpactAssessment {
  readonly changeRequest: GraphNode;
  /** The design release implementing it, if the model says. */
  readonly implementedIn: GraphNode | null;
  readonly includeProposed: readonly string[];
  readonly model: ModelIdentity;
  /** What the change request changes, with each link's provenance, by id. */
  readonly changes: readonly ChangeLink[];
  readonly impact: ImpactResult;
  /** The impacted elements, as impact orders them, each with its sentence. */
  readonly elements: readonly AssessedElement[];
  /** The artefacts defining a changed or impacted element (the documents to change-mark), with those elements. */
  readonly byArtefact: readonly NodeGroup[];
  /** The roles an element of the assessment involves (impacted roles, and the roles impacted requirements apply to, impacted interfaces come from or go to, impacted steps are performed by). */
  readonly byRole: readonly NodeGroup[];
  /** The constituencies the walkthrough table marks for the impacted processes (and the processes of impacted steps). */
  readonly byConstituency: readonly NamedGroup[];
  /** The test phases of the impacted test cases (through their scenarios), and impacted phases themselves. */
  readonly byTestPhase: readonly NodeGroup[];
  /** The impacted code clauses by industry code (BSC, REC, SEC). */
  readonly byCode: readonly NamedGroup[];
  readonly overlapping: readonly OverlappingChangeRequest[];
  readonly warnings: readonly string[];
}

export interface AssessmentInput {
  readonly changeRequest: string;
  readonly maxDepth?: number;
  readonly includeProposed?: readonly string[];
}

/** Roles an element involves, by the relationship that says so. */
const ROLE_HOPS = [hop('APPLIES_TO', 'OUT'), hop('FROM', 'OUT'), hop('TO', 'OUT'), hop('FLOW_FROM', 'OUT'), hop('FLOW_TO', 'OUT'), hop('PERFORMED_BY', 'OUT')];
const DEFINED_BY = hop('DEFINES', 'IN');
const CHANGED_BY = hop('CHANGES', 'IN');

/** `key → ids` as groups ordered by key, each list by id without repeats. */
function grouped<K>(pairs: readonly (readonly [K, string])[], order: (a: K, b: K) => number): [K, string[]][] {
  const byKey = new Map<K, Set<string>>();
  for (const [key, id] of pairs) byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
  return [...byKey].sort(([a], [b]) => order(a, b)).map(([key, ids]) => [key, [...ids].sort(byCodeUnits)]);
}

export async function assessImpact(store: GraphStore, input: AssessmentInput, model: ModelIdentity): Promise<ImpactAssessment> {
  const cr = await getNode(store, input.changeRequest, 'ChangeRequest');
  const [impact, own] = await Promise.all([
    impactOf(store, { changeRequest: cr.id, maxDepth: input.maxDepth }),
    store.neighbours([cr.id], [HOPS.changes, hop('IMPLEMENTED_IN', 'OUT')]),
  ]);
  const links = own[0] ?? [];
  const all = [...impact.changed, ...impact.impacted.map((r) => r.node)];
  const allIds = all.map((n) => n.id);
  const impactedOf = (kind: GraphNode['kind']) => impact.impacted.filter((r) => r.node.kind === kind).map((r) => r.node.id);

  const around = await Adjacency.of(store, allIds, [DEFINED_BY, CHANGED_BY, ...ROLE_HOPS, HOPS.process, HOPS.scenario]);
  const testCases = impactedOf('TestCase');
  const scenarios = [...new Set([...testCases.flatMap((tc) => around.from(tc, HOPS.scenario)), ...impactedOf('TestScenario')])];
  const phaseOf = await Adjacency.of(store, scenarios, [HOPS.phase]);
  const processes = [...new Set([...impactedOf('BusinessProcess'), ...allIds.flatMap((id) => around.from(id, HOPS.process))])];

  const artefactPairs = allIds.flatMap((id) => around.from(id, DEFINED_BY).map((a) => [a, id] as const));
  const rolePairs = [
    ...impactedOf('Role').map((role) => [role, role] as const),
    ...allIds.flatMap((id) => ROLE_HOPS.flatMap((h) => around.from(id, h)).map((role) => [role, id] as const)),
  ];
  const phasePairs = [
    ...impactedOf('TestPhase').map((phase) => [phase, phase] as const),
    ...testCases.flatMap((tc) => around.from(tc, HOPS.scenario).flatMap((s) => phaseOf.from(s, HOPS.phase)).map((phase) => [phase, tc] as const)),
  ];
  const overlapPairs = allIds.flatMap((id) => around.from(id, CHANGED_BY).filter((other) => other !== cr.id).map((other) => [other, id] as const));

  const nodes = await fetchNodes(store, [
    ...allIds,
    ...links.map((l) => l.id),
    ...processes,
    ...[...artefactPairs, ...rolePairs, ...phasePairs, ...overlapPairs].flatMap(([key, id]) => [key, id]),
  ]);
  const nodeGroups = (pairs: readonly (readonly [string, string])[]): NodeGroup[] =>
    grouped(pairs, byCodeUnits).map(([key, ids]) => ({ node: nodes.one(key), elements: nodes.all(ids) }));
  const namedGroups = (pairs: readonly (readonly [string, string])[]): NamedGroup[] =>
    grouped(pairs, byCodeUnits).map(([name, ids]) => ({ name, elements: nodes.all(ids) }));
  const constituencyPairs = processes.flatMap((id) => {
    const listed = nodes.one(id).props.constituencies;
    return (Array.isArray(listed) ? listed : []).map((name) => [String(name), id] as const);
  });
  const codePairs = impact.impacted
    .filter((r) => r.node.kind === 'CodeClause')
    .map((r) => [String(r.node.props.code), r.node.id] as const);

  const origin = `${cr.id} changes`;
  return {
    changeRequest: cr,
    implementedIn: (() => {
      const release = links.find((l) => l.type === 'IMPLEMENTED_IN');
      return release ? nodes.one(release.id) : null;
    })(),
    includeProposed: input.includeProposed ?? [],
    model,
    changes: links
      .filter((l) => l.type === 'CHANGES')
      .map((l) => ({ node: nodes.one(l.id), provenance: l.provenance, ...(l.proposedBy ? { proposedBy: l.proposedBy } : {}) }))
      .sort((a, b) => byId(a.node, b.node)),
    impact,
    elements: impact.impacted.map(({ node, depth, path }) => ({ node, depth, path, sentence: pathSentence(path, origin) })),
    byArtefact: nodeGroups(artefactPairs),
    byRole: nodeGroups(rolePairs),
    byConstituency: namedGroups(constituencyPairs),
    byTestPhase: nodeGroups(phasePairs),
    byCode: namedGroups(codePairs),
    overlapping: nodeGroups(overlapPairs).map(({ node, elements }) => ({ changeRequest: node, shared: elements })),
    warnings: impact.warnings,
  };
}
