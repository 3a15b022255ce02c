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
import { hop, HOPS } from './hops.js';
import { fetchNodes, getNodes, getOptionalNode, listAll } from './lookups.js';
import type { ModelIdentity } from './assessment.js';
import type { CoverageStatus, Rttm, RttmExecution, RttmMatrix, RttmRow, RttmScope, RttmTotals, ViaInterfaceCoverage } from './results.js';
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

/**
 * The test cases in scope, by id, with the test phases of each (through its scenario): those of
 * the phases asked for, or every test case when none is — three round-trips.
 */
async function testCasesInScope(store: GraphStore, phases: readonly GraphNode[]): Promise<{ testCases: string[]; phasesOf: (testCase: string) => string[] }> {
  const testCases =
    phases.length === 0
      ? (await listAll(store, { kind: 'TestCase' })).map((node) => node.id)
      : (await Adjacency.of(store, (await Adjacency.of(store, phases.map((phase) => phase.id), [HOPS.scenarios])).reached(HOPS.scenarios), [HOPS.testCases])).reached(HOPS.testCases);
  const scenarios = await Adjacency.of(store, testCases, [HOPS.scenario]);
  const phaseOf = await Adjacency.of(store, scenarios.reached(HOPS.scenario), [HOPS.phase]);
  const asked = new Set(phases.map((phase) => phase.id));
  const phasesOf = (testCase: string) =>
    [...new Set(scenarios.from(testCase, HOPS.scenario).flatMap((scenario) => phaseOf.from(scenario, HOPS.phase)))]
      .filter((phase) => asked.size === 0 || asked.has(phase))
      .sort(byCodeUnits);
  return { testCases, phasesOf };
}

/** Requirement → the artefacts defining it (its BRS), and the roles it applies to. */
const DEFINED_BY = hop('DEFINES', 'IN');
const APPLIES_TO = hop('APPLIES_TO', 'OUT');

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

/** Where an RTTM's evidence comes from and which design it is built on. */
export interface RttmSources {
  /** The store holding the results; the design's store when absent (rttm-at.ts reads a baseline's design but today's results). */
  readonly evidence?: GraphStore;
  /** Which design `store` holds; its model hash, commit unknown, when absent. */
  readonly model?: ModelIdentity;
}

export async function rttm(store: GraphStore, input: RttmInput = {}, sources: RttmSources = {}): Promise<Rttm> {
  const scope = await resolveScope(store, input);
  const roles = scope.role ? [scope.role, ...(await partsOf(store, scope.role))].map((node) => node.id) : [];
  const [requirements, inPhases, model] = await Promise.all([
    requirementsInScope(store, scope, roles),
    testCasesInScope(store, scope.phases),
    sources.model ?? store.health().then(({ modelHash }) => ({ modelHash, gitCommit: null })),
  ]);
  const scopeTestCases = inPhases.testCases;

  const [coverage, verifying] = await Promise.all([
    Adjacency.of(store, requirements, [HOPS.verifiedBy, HOPS.realisedBy, DEFINED_BY, APPLIES_TO]),
    Adjacency.of(store, scopeTestCases, [HOPS.verifies, HOPS.roles]),
  ]);
  const interfaces = coverage.reached(HOPS.realisedBy, 'Interface');
  const exercise = await Adjacency.of(store, interfaces, [HOPS.exercisedBy]);
  const all = new Set(scopeTestCases);
  const covering = [...new Set([...coverage.reached(HOPS.verifiedBy), ...exercise.reached(HOPS.exercisedBy)])].filter((tc) => all.has(tc));
  // With a role, a test case that names its roles is an orphan of the role's RTTM only when it names the role or a part.
  const forRole = (testCase: string) => {
    const named = verifying.from(testCase, HOPS.roles);
    return roles.length === 0 || named.length === 0 || named.some((r) => roles.includes(r));
  };
  const orphans = scopeTestCases.filter((testCase) => verifying.from(testCase, HOPS.verifies).length === 0 && forRole(testCase));
  const [nodes, histories] = await Promise.all([
    fetchNodes(store, [
      ...requirements,
      ...interfaces,
      ...covering,
      ...orphans,
      ...scope.phases.map((phase) => phase.id),
      ...coverage.reached(DEFINED_BY),
      ...coverage.reached(APPLIES_TO),
      ...[...covering, ...orphans].flatMap(inPhases.phasesOf),
    ]),
    historiesOf(sources.evidence ?? store, [...covering, ...orphans], { participant: scope.participant ?? undefined }),
  ]);
  const latest = (testCase: string) => {
    const latestResult = latestOf(histories.get(testCase));
    return { testCase: nodes.one(testCase), latestResult, outcome: outcomeOf(latestResult), phases: nodes.all(inPhases.phasesOf(testCase)) };
  };

  /** The matrix counting only the test cases `inScope` says. */
  const matrixOf = (inScope: (testCase: string) => boolean): RttmMatrix => {
    const rows = requirements.map((id): RttmRow => {
      const direct = coverage.from(id, HOPS.verifiedBy).filter(inScope);
      const pairs = coverage
        .from(id, HOPS.realisedBy, 'Interface')
        .flatMap((iface) => exercise.from(iface, HOPS.exercisedBy).filter(inScope).map((testCase) => ({ testCase, iface })))
        .sort((a, b) => byCodeUnits(a.testCase, b.testCase) || byCodeUnits(a.iface, b.iface));
      const viaInterface: ViaInterfaceCoverage[] = pairs.map(({ testCase, iface }) => ({ testCase: nodes.one(testCase), interface: nodes.one(iface) }));
      const viaOnly = [...new Set(pairs.map((pair) => pair.testCase))].filter((tc) => !direct.includes(tc));
      const executions: RttmExecution[] = [
        ...direct.map((tc) => ({ ...latest(tc), coverage: 'DIRECT' as const })),
        ...viaOnly.map((tc) => ({ ...latest(tc), coverage: 'VIA_INTERFACE' as const })),
      ];
      const status = statusOf(direct, viaInterface);
      const deciding = executions.filter((execution) => execution.coverage === status);
      return {
        requirement: nodes.one(id),
        status,
        directTestCases: nodes.all(direct),
        viaInterface,
        execution: rollUp(deciding.map((execution) => execution.outcome)),
        executions,
        artefacts: nodes.all(coverage.from(id, DEFINED_BY)),
        roles: nodes.all(coverage.from(id, APPLIES_TO)),
        phases: nodes.all([...new Set(executions.flatMap((e) => e.phases.map((phase) => phase.id)))].sort(byCodeUnits)),
      };
    });
    const orphansInScope = orphans.filter(inScope);
    return {
      rows,
      totals: totalsOf(rows),
      uncovered: rows.filter((row) => row.status === 'NONE').map((row) => row.requirement),
      orphanTestCases: nodes.all(orphansInScope),
      orphans: orphansInScope.map(latest),
    };
  };

  const byPhase = scope.phases.map((phase) => ({ phase, ...matrixOf((tc) => all.has(tc) && inPhases.phasesOf(tc).includes(phase.id)) }));
  return { scope, ...matrixOf((tc) => all.has(tc)), byPhase, model };
}
