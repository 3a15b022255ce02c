/**
 * The requirements traceability matrix (RTTM) for a scope: one row per in-scope requirement with
 * the in-scope test cases covering it, its coverage status, its execution status from their latest
 * results, totals, coverage three ways, and the in-scope test cases that verify nothing.
 *
 *  - rows: the requirements that APPLY_TO the role or one of its parts (when a role is given),
 *    that APPLY_TO a role the entry interval brings into testing or one of its parts (when an
 *    interval is given), that the artefact DEFINES (when an artefact is given) and that the design
 *    release touches (when a release is given; rttm-scope.ts); every requirement otherwise;
 *  - test cases in scope: those IN_SCENARIO a scenario IN_PHASE one of the phases (when phases
 *    are given; an interval's phase is its INTERVAL_OF); every test case otherwise; with an interval,
 *    of those only the ones that INVOLVE one of its roles or a part (or name no roles: they are
 *    everyone's, as in a role's RTTM). The interval's roles are those it ENTERS and those the
 *    systems it enters SERVE (MPRS: REGISTRATION); the scope's notes say so, and what scopes nothing;
 *  - DIRECT when an in-scope test case VERIFIES the requirement; VIA_INTERFACE when none does but
 *    an in-scope test case EXERCISES an Interface the requirement is REALISED_BY; NONE otherwise;
 *  - orphans: the in-scope test cases that verify nothing; with a role, of those that name their
 *    roles only the ones naming the role or a part;
 *  - execution: from the latest result (of the participant, when one is given) of each test case
 *    that gives the row its status (executions.ts).
 *
 * A fixed number of round-trips whatever the size of the model and of the role's PART_OF
 * hierarchy (see `rttm`); one more, beside the lists, with an interval or a release (rttm-scope.ts).
 */
import { BadInputError } from '../errors.js';
import { byCodeUnits } from '../store/order.js';
import type { NodeKind } from '../model/kinds.js';
import { hopKey } from '../store/hop-key.js';
import type { GraphNode, GraphStore, Hop, HopRule, Reach } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { historiesOf, historiesWithin, latestOf, outcomeOf, rollUp } from './executions.js';
import { hop, HOPS } from './hops.js';
import { checkedNode, FetchedNodes, listAll } from './lookups.js';
import type { ModelIdentity } from './assessment.js';
import type { CoverageStatus, Rttm, RttmExecution, RttmMatrix, RttmRow, RttmScope, RttmTotals, ViaInterfaceCoverage } from './results.js';
import { PART_HOPS, partsWithin } from './role-parts.js';
import { readScope, type ReleaseScope, type ScopeReading } from './rttm-scope.js';
import { MAX_WALK_DEPTH } from './walk.js';

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
  /** EntryInterval id, e.g. SIT-CIT-INTERVAL-3: its phase, and the roles it brings into testing (with their parts). */
  readonly interval?: string;
  /** DesignRelease id, e.g. IR5: only the requirements its change requests change (rttm-scope.ts). */
  readonly release?: string;
}

/** Requirement → the artefacts defining it (its BRS), and the roles it applies to. */
const DEFINED_BY = hop('DEFINES', 'IN');
const APPLIES_TO = hop('APPLIES_TO', 'OUT');

/**
 * Which way the RTTM's one reach goes on from an element: from the phases to their scenarios and
 * on to their test cases (what each verifies, the roles it names, its results, its scenarios and
 * their phases); from the role down its parts and to the requirements applying to each; from the
 * artefact to what it defines; from each requirement to its verifiers, realising interfaces,
 * artefacts and roles, and from an interface to the test cases exercising it. Listed requirements
 * and test cases (no role and artefact; no phase) start where reached ones go on.
 */
const TEST_CASE_HOPS = [HOPS.verifies, HOPS.roles, HOPS.results, HOPS.scenario];
const ROLE_HOPS = [...PART_HOPS, HOPS.requirements];
const REQUIREMENT_HOPS = [HOPS.verifiedBy, HOPS.realisedBy, DEFINED_BY, APPLIES_TO];
const START_HOPS: Partial<Record<NodeKind, readonly Hop[]>> = {
  TestPhase: [HOPS.scenarios],
  Role: ROLE_HOPS,
  Artefact: [HOPS.defines],
  Requirement: REQUIREMENT_HOPS,
  TestCase: TEST_CASE_HOPS,
};
const is = (arrival: Hop, hop: Hop): boolean => hopKey(arrival) === hopKey(hop);

const rttmHopsFrom: HopRule = (kind, arrival) => {
  if (arrival === null) return START_HOPS[kind] ?? [];
  if (is(arrival, HOPS.scenarios)) return [HOPS.testCases];
  if (is(arrival, HOPS.testCases)) return TEST_CASE_HOPS;
  if (is(arrival, HOPS.scenario)) return [HOPS.phase];
  if (is(arrival, HOPS.parts)) return ROLE_HOPS;
  if (kind === 'Requirement' && (is(arrival, HOPS.requirements) || is(arrival, HOPS.defines))) return REQUIREMENT_HOPS;
  if (kind === 'Interface' && is(arrival, HOPS.realisedBy)) return [HOPS.exercisedBy];
  return [];
};

/** Deep enough for the deepest part of a role, its requirements, their interfaces and those interfaces' test cases. */
const RTTM_REACH_DEPTH = MAX_WALK_DEPTH + 3;

/** The scope's elements, checked, from the start of the reach: the phases, then the role, the artefact and the interval's roles. */
function scopeOf(input: RttmInput, phaseIds: readonly string[], read: ScopeReading, reach: Reach): RttmScope {
  const phases = phaseIds.map((id, i) => checkedNode({ id, kind: 'TestPhase' }, reach.start[i]));
  let next = phaseIds.length;
  const named = (id: string | undefined, kind: NodeKind) => (id === undefined ? null : checkedNode({ id, kind }, reach.start[next++]));
  const role = named(input.role, 'Role');
  const artefact = named(input.artefact, 'Artefact');
  return {
    phase: phases.length === 1 ? phases[0]! : null,
    phases,
    role,
    artefact,
    participant: input.participant ?? null,
    interval: read.interval?.node ?? null,
    release: read.release?.node ?? null,
    baseline: null,
    notes: read.notes,
  };
}

/**
 * Ids of the requirements in scope, by id: those the artefact defines (when given) and the release
 * touches (when given), applying to a role of every role set.
 */
function requirementsOf(links: Adjacency, artefact: GraphNode | null, release: ReleaseScope | null, roleSets: readonly (readonly string[])[]): string[] {
  const sets = [
    ...(artefact ? [links.from(artefact.id, HOPS.defines, 'Requirement')] : []),
    ...(release ? [release.requirements] : []),
    ...roleSets.map((set) => links.reachedFrom(set, HOPS.requirements)),
  ].map((ids) => new Set(ids));
  return [...sets[0]!].filter((id) => sets.every((set) => set.has(id))).sort(byCodeUnits);
}

/** A role's id and its parts' ids, from the reach. */
const withParts = (reach: Reach, role: GraphNode): string[] => [role, ...partsWithin(reach, role)].map((node) => node.id);

/** The test phases of a test case through its scenarios, by id: only those asked for, when some are. */
const phasesOfIn = (links: Adjacency, asked: ReadonlySet<string>) => (testCase: string) =>
  links
    .reachedFrom(links.from(testCase, HOPS.scenario), HOPS.phase)
    .filter((phase) => asked.size === 0 || asked.has(phase));


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

/**
 * Two round-trips after each other at most, whatever the size of the model and the depth of the
 * role's hierarchy: the interval and release read, and the requirements and test cases listed
 * when nothing narrows them, side by side; then one reach for everything else (and the model's
 * identity beside it).
 */
export async function rttm(store: GraphStore, input: RttmInput = {}, sources: RttmSources = {}): Promise<Rttm> {
  const askedPhases = [...new Set([...(input.phase === undefined ? [] : [input.phase]), ...(input.phases ?? [])])].sort(byCodeUnits);
  if (input.participant !== undefined && input.participant.trim() === '') throw new BadInputError('participant must not be empty');
  const everyRequirement = [input.role, input.artefact, input.interval, input.release].every((id) => id === undefined);
  // An interval names its phase (so no test case list), a release its requirements: read them beside the lists.
  const everyTestCase = askedPhases.length === 0 && input.interval === undefined;
  const idsOf = async (kind: NodeKind) => (await listAll(store, { kind })).map((node) => node.id);
  const [read, listedRequirements, listedTestCases] = await Promise.all([
    readScope(store, input, askedPhases),
    everyRequirement ? idsOf('Requirement') : [],
    everyTestCase ? idsOf('TestCase') : [],
  ]);
  const { interval, release } = read;
  const phaseIds = interval ? [interval.phase] : askedPhases;
  const named = [...phaseIds, ...[input.role, input.artefact].filter((id): id is string => id !== undefined), ...(interval?.roles ?? [])];
  const [reach, model] = await Promise.all([
    store.reach({ start: [...named, ...listedRequirements, ...(release?.requirements ?? []), ...listedTestCases], maxDepth: RTTM_REACH_DEPTH, hopsFrom: rttmHopsFrom }),
    sources.model ?? store.health().then(({ modelHash }) => ({ modelHash, gitCommit: null })),
  ]);
  const scope = scopeOf(input, phaseIds, read, reach);
  // Every neighbour below is one the reach went on along: coverage, verifying and exercise are its links.
  const links = Adjacency.within(reach);
  const [coverage, verifying, exercise] = [links, links, links];
  const nodes = new FetchedNodes(reach.nodes);

  const roles = scope.role ? withParts(reach, scope.role) : [];
  // The interval's roles follow the role and the artefact at the start of the reach.
  const enteringStart = phaseIds.length + [input.role, input.artefact].filter((id) => id !== undefined).length;
  const intervalRoles = [...new Set((interval?.roles ?? []).flatMap((id, i) => withParts(reach, checkedNode({ id, kind: 'Role' }, reach.start[enteringStart + i]))))];
  const roleSets = [...(scope.role ? [roles] : []), ...(scope.interval ? [intervalRoles] : [])];
  const requirements = everyRequirement ? listedRequirements : requirementsOf(links, scope.artefact, release, roleSets);
  // A test case that names its roles takes part only for them (and their parts); one naming none, for everyone.
  const takesPart = (testCase: string, set: readonly string[]) => {
    const named = verifying.from(testCase, HOPS.roles);
    return named.length === 0 || named.some((r) => set.includes(r));
  };
  const inPhase = phaseIds.length === 0 ? listedTestCases : links.reachedFrom(links.reachedFrom(phaseIds, HOPS.scenarios), HOPS.testCases);
  const scopeTestCases = scope.interval ? inPhase.filter((tc) => takesPart(tc, intervalRoles)) : inPhase;
  const inPhases = { phasesOf: phasesOfIn(links, new Set(phaseIds)) };

  const interfaces = coverage.reachedFrom(requirements, HOPS.realisedBy, 'Interface');
  const all = new Set(scopeTestCases);
  const covering = [...new Set([...coverage.reachedFrom(requirements, HOPS.verifiedBy), ...exercise.reachedFrom(interfaces, HOPS.exercisedBy)])].filter((tc) =>
    all.has(tc),
  );
  // With a role, a test case that names its roles is an orphan of the role's RTTM only when it names the role or a part.
  const orphans = scopeTestCases.filter((tc) => verifying.from(tc, HOPS.verifies).length === 0 && (!scope.role || takesPart(tc, roles)));
  const evidence = [...covering, ...orphans];
  const histories = sources.evidence
    ? await historiesOf(sources.evidence, evidence, { participant: scope.participant ?? undefined })
    : historiesWithin(links, nodes, evidence, { participant: scope.participant ?? undefined });
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
