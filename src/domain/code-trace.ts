/**
 * The code-drafting trace: industry-code clauses with the requirements they codify, and the gaps
 * both ways — requirements no clause carries yet, clauses that carry no requirement.
 *
 * With a code (BSC, REC, SEC): the clauses of that code; the requirements in scope are those
 * that apply to at least one role whose codeBodies include the code, and a requirement has a
 * clause when a clause of that code codifies it. Without a code: every clause, every
 * requirement, and a clause of any code counts.
 */
import { BadInputError, quoted } from '../errors.js';
import { CODE_BODIES, type CodeBody } from '../model/kinds.js';
import { hopKey } from '../store/hop-key.js';
import type { GraphNode, GraphStore, Hop, HopRule } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { HOPS } from './hops.js';
import { FetchedNodes, listAll } from './lookups.js';
import type { CodeTrace } from './results.js';

export interface CodeTraceInput {
  readonly code?: string;
}

const isCodeBody = (code: string): code is CodeBody => (CODE_BODIES as readonly string[]).includes(code);
const is = (arrival: Hop, hop: Hop): boolean => hopKey(arrival) === hopKey(hop);

/**
 * One reach reads the trace: from a clause, the requirements it codifies; from a role the code
 * governs, the requirements that apply to it, and from each, the clauses codifying it; from a
 * requirement started at (no code: every requirement), its clauses.
 */
const codeTraceHopsFrom: HopRule = (kind, arrival) => {
  if (arrival === null) return kind === 'CodeClause' ? [HOPS.codifies] : kind === 'Role' ? [HOPS.requirements] : kind === 'Requirement' ? [HOPS.codifiedBy] : [];
  return kind === 'Requirement' && is(arrival, HOPS.requirements) ? [HOPS.codifiedBy] : [];
};

export async function codeTrace(store: GraphStore, input: CodeTraceInput = {}): Promise<CodeTrace> {
  const code = input.code ?? null;
  if (code !== null && !isCodeBody(code)) throw new BadInputError(`${quoted(code)} is not an industry code (one of ${CODE_BODIES.join(', ')})`);
  // With a code the requirements in scope are those of the roles it governs; without, every one.
  const [clauses, scopeStarts] = await Promise.all([
    listAll(store, { kind: 'CodeClause', ...(code ? { where: { code } } : {}) }),
    code ? listAll(store, { kind: 'Role', where: { codeBodies: code } }) : listAll(store, { kind: 'Requirement' }),
  ]);
  const reach = await store.reach({ start: [...clauses, ...scopeStarts].map((node) => node.id), maxDepth: 2, hopsFrom: codeTraceHopsFrom });
  const links = Adjacency.within(reach);
  const nodes = new FetchedNodes(reach.nodes);
  const requirements = code ? links.reachedFrom(scopeStarts.map((role) => role.id), HOPS.requirements) : scopeStarts.map((node: GraphNode) => node.id);
  const ofCode = new Set(clauses.map((clause) => clause.id));
  const withoutClause = requirements.filter((id) => !links.from(id, HOPS.codifiedBy).some((clause) => ofCode.has(clause)));
  return {
    code,
    clauses: clauses.map((clause) => ({ clause, requirements: nodes.all(links.from(clause.id, HOPS.codifies)) })),
    requirementsWithoutClause: nodes.all(withoutClause),
    clausesWithoutRequirement: clauses.filter((clause) => links.from(clause.id, HOPS.codifies).length === 0),
  };
}
