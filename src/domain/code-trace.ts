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
import type { GraphStore } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { HOPS } from './hops.js';
import { fetchNodes, listAll } from './lookups.js';
import type { CodeTrace } from './results.js';

export interface CodeTraceInput {
  readonly code?: string;
}

const isCodeBody = (code: string): code is CodeBody => (CODE_BODIES as readonly string[]).includes(code);

/** Ids of the requirements a code must carry, by id. */
async function requirementsInScope(store: GraphStore, code: CodeBody | null): Promise<string[]> {
  if (!code) return (await listAll(store, { kind: 'Requirement' })).map((node) => node.id);
  const roles = (await listAll(store, { kind: 'Role', where: { codeBodies: code } })).map((node) => node.id);
  return (await Adjacency.of(store, roles, [HOPS.requirements])).reached(HOPS.requirements);
}

export async function codeTrace(store: GraphStore, input: CodeTraceInput = {}): Promise<CodeTrace> {
  const code = input.code ?? null;
  if (code !== null && !isCodeBody(code)) throw new BadInputError(`${quoted(code)} is not an industry code (one of ${CODE_BODIES.join(', ')})`);
  const [clauses, requirements] = await Promise.all([
    listAll(store, { kind: 'CodeClause', ...(code ? { where: { code } } : {}) }),
    requirementsInScope(store, code),
  ]);
  const ofCode = new Set(clauses.map((clause) => clause.id));
  const [codified, codifiedBy] = await Promise.all([
    Adjacency.of(store, [...ofCode], [HOPS.codifies]),
    Adjacency.of(store, requirements, [HOPS.codifiedBy]),
  ]);
  const withoutClause = requirements.filter((id) => !codifiedBy.from(id, HOPS.codifiedBy).some((clause) => ofCode.has(clause)));
  const nodes = await fetchNodes(store, [...codified.reached(HOPS.codifies), ...withoutClause]);
  return {
    code,
    clauses: clauses.map((clause) => ({ clause, requirements: nodes.all(codified.from(clause.id, HOPS.codifies)) })),
    requirementsWithoutClause: nodes.all(withoutClause),
    clausesWithoutRequirement: clauses.filter((clause) => codified.from(clause.id, HOPS.codifies).length === 0),
  };
}
