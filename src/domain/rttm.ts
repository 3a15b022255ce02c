/**
 * The requirements traceability matrix (RTTM) for a scope: one row per in-scope requirement with
 * the in-scope test cases covering it, its coverage status, its execution status from their latest
 * results, totals, coverage three ways, and the in-scope test cases that verify nothing.
 *
 *  - rows: the requirements that APPLY_TO the role or one of its parts (when a role is given) and
 *    that the artefact DEFINES (when an artefact is given); every requirement otherwise;
 *  - test cases in scope: those IN_SCENARIO a scenario IN_PHASE one of the phases (when phases
 *    are given); every test case otherwise;
 *  - DIRECT when an in-scope test case VERIFIES the requirement; VIA_INTERFACE when none does but
 *    an in-scope test case EXERCISES an Interface the requirement is REALISED_BY; NONE otherwise;
 *  - orphans: the in-scope test cases that verify nothing; with a role, of those that name their
 *    roles only the ones naming the role or a part;
 *  - execution: from the latest result (of the participant, when one is given) of each test case
 *    that gives the row its status (executions.ts).
 *
 * A fixed number of round-trips whatever the size of the model (plus one per level of the role's
 * PART_OF hierarchy).
 */
import { BadInputError } from '../errors.js';
import { byCodeUnits } from '../store/order.js';
import type { GraphNode, GraphStore } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { historiesOf, latestOf, outcomeOf, rollUp } from './executions.js';
import { HOPS } from './hops.js';
import { fetchNodes, getNodes, getOptionalNode, listAll } from './lookups.js';
import type { CoverageStatus, Rttm, RttmExecution, RttmRow, RttmScope, RttmTotals, ViaInterfaceCoverage } from './results.js';
import { partsOf } from './role-parts.js';

export interface RttmInput {
  /** TestPhase id. */
  readonly phase?: string;
  /** TestPhase ids: the test cases of any of them count (with `phase`, all of them). */
  readonly phases?: readonly string[];
  /** Role id (its parts are included). */
  readonly role?: string;
  /** Artefact id. */
  readonly artefact?: string;
  /** Only this participant's (organisation's) results count. */
  readonly participant?: string;
}

async function resolveScope(store: GraphStore, input: RttmInput): Promise<RttmScope> {
  const phaseIds = [...new Set([...(input.phase === undefined ? [] : [input.phase]), ...(input.phases ?? [])])].sort(byCodeUnits);
  if (input.participant !== undefined && input.participant.trim() === '') throw new BadInputError('participant must not be empty');
  const [phases, role, artefact] = await Promise.all([
    getNodes(store, phaseIds.map((id) => ({ id, kind: 'TestPhase' as const }))),
    getOptionalNode(store, input.role, 'Role'),
    getOptionalNode(store, input.artefact, 'Artefact'),
  ]);
  return { phase: phases.length === 1 ? phases[0]! : null, phases, role, artefact, participant: input.participant ?? null };
}

/** Ids of the requirements in scope, by id. */
async function requirementsInScope(store: GraphStore, { role, artefact }: RttmScope, roles: readonly string[]): Promise<string[]> {
  if (!role && !artefact) return (await listAll(store, { kind: 'Requirement' })).map((node) => node.id);
  const scope = await Adjacency.of(store, [...roles, ...(artefact ? [artefact.id] : [])], [HOPS.requirements, HOPS.defines]);
  const applying = new Set(roles.flatMap((id) => scope.from(id, HOPS.requirements)));
  const candidates = artefact ? scope.from(artefact.id, HOPS.defines, 'Requirement') : [...applying];
  return candidates.filter((id) => !role || applying.has(id)).sort(byCodeUnits);
}

/** The test cases of the phases by id, or every test case when no phase is given: two round-trips. */
async function testCasesInScope(store: GraphStore, phases: readonly GraphNode[]): Promise<string[]> {
  if (phases.length === 0) return (await listAll(store, { kind: 'TestCase' })).map((node) => node.id);
  const scenarios = (await Adjacency.of(store, phases.map((phase) => phase.id), [HOPS.scenarios])).reached(HOPS.scenarios);
  return (await Adjacency.of(store, scenarios, [HOPS.testCases])).reached(HOPS.testCases);
}

const statusOf = (direct: readonly unknown[], viaInterface: readonly unknown[]): CoverageStatus =>
  direct.length > 0 ? 'DIRECT' : viaInterface.length > 0 ? 'VIA_INTERFACE' : 'NONE';

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

function totalsOf(rows: readonly RttmRow[]): RttmTotals {
  const count = (test: (row: RttmRow) => boolean) => rows.filter(test).length;
  const direct = count((row) => row.status === 'DIRECT');
  const viaInterface = count((row) => row.status === 'VIA_INTERFACE');
  const passed = count((row) => row.status === 'DIRECT' && row.execution === 'PASSED');
  const design = percent(direct + viaInterface, rows.length);
  return {
    requirements: rows.length,
    direct,
    viaInterface,
    none: count((row) => row.status === 'NONE'),
    passed,
    passedViaInterface: count((row) => row.status === 'VIA_INTERFACE' && row.execution === 'PASSED'),
    failed: count((row) => row.execution === 'FAILED'),
    blocked: count((row) => row.execution === 'BLOCKED'),
    notRun: count((row) => row.execution === 'NOT_RUN'),
    directCoveragePercent: percent(direct, rows.length),
    designCoveragePercent: design,
    passedPercent: percent(passed, rows.length),
    coveragePercent: design,
  };
}

export async function rttm(store: GraphStore, input: RttmInput = {}): Promise<Rttm> {
  const scope = await resolveScope(store, input);
  const roles = scope.role ? [scope.role, ...(await partsOf(store, scope.role))].map((node) => node.id) : [];
  const [requirements, scopeTestCases] = await Promise.all([requirementsInScope(store, scope, roles), testCasesInScope(store, scope.phases)]);
  const inScope = new Set(scopeTestCases);

  const [coverage, verifying] = await Promise.all([
    Adjacency.of(store, requirements, [HOPS.verifiedBy, HOPS.realisedBy]),
    Adjacency.of(store, scopeTestCases, [HOPS.verifies, HOPS.roles]),
  ]);
  const interfaces = coverage.reached(HOPS.realisedBy, 'Interface');
  const exercise = await Adjacency.of(store, interfaces, [HOPS.exercisedBy]);
  const covering = [...new Set([...coverage.reached(HOPS.verifiedBy), ...exercise.reached(HOPS.exercisedBy)])].filter((tc) => inScope.has(tc));
  // With a role, a test case that names its roles is an orphan of the role's RTTM only when it names the role or a part.
  const forRole = (testCase: string) => {
    const named = verifying.from(testCase, HOPS.roles);
    return roles.length === 0 || named.length === 0 || named.some((r) => roles.includes(r));
  };
  const orphans = scopeTestCases.filter((testCase) => verifying.from(testCase, HOPS.verifies).length === 0 && forRole(testCase));
  const [nodes, histories] = await Promise.all([
    fetchNodes(store, [...requirements, ...interfaces, ...covering, ...orphans]),
    historiesOf(store, covering, { participant: scope.participant ?? undefined }),
  ]);
  const executionOf = (testCase: string, kind: RttmExecution['coverage']): RttmExecution => {
    const latestResult = latestOf(histories.get(testCase));
    return { testCase: nodes.one(testCase), coverage: kind, latestResult, outcome: outcomeOf(latestResult) };
  };

  const rows = requirements.map((id): RttmRow => {
    const direct = coverage.from(id, HOPS.verifiedBy).filter((tc) => inScope.has(tc));
    const pairs = coverage
      .from(id, HOPS.realisedBy, 'Interface')
      .flatMap((iface) => exercise.from(iface, HOPS.exercisedBy).filter((tc) => inScope.has(tc)).map((testCase) => ({ testCase, iface })))
      .sort((a, b) => byCodeUnits(a.testCase, b.testCase) || byCodeUnits(a.iface, b.iface));
    const viaInterface: ViaInterfaceCoverage[] = pairs.map(({ testCase, iface }) => ({ testCase: nodes.one(testCase), interface: nodes.one(iface) }));
    const viaOnly = [...new Set(pairs.map((pair) => pair.testCase))].filter((tc) => !direct.includes(tc));
    const executions = [...direct.map((tc) => executionOf(tc, 'DIRECT')), ...viaOnly.map((tc) => executionOf(tc, 'VIA_INTERFACE'))];
    const status = statusOf(direct, viaInterface);
    const deciding = executions.filter((execution) => execution.coverage === status);
    return {
      requirement: nodes.one(id),
      status,
      directTestCases: nodes.all(direct),
      viaInterface,
      execution: rollUp(deciding.map((execution) => execution.outcome)),
      executions,
    };
  });
  const uncovered = rows.filter((row) => row.status === 'NONE').map((row) => row.requirement);
  return { scope, rows, totals: totalsOf(rows), uncovered, orphanTestCases: nodes.all(orphans) };
}
