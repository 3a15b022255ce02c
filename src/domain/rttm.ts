/**
 * The requirements traceability matrix (RTTM) for a scope: one row per in-scope requirement with
 * the in-scope test cases covering it, its coverage status, totals and coverage %.
 *
 *  - rows: the requirements that APPLY_TO the role or one of its parts (when a role is given) and
 *    that the artefact DEFINES (when an artefact is given); every requirement otherwise;
 *  - test cases in scope: those IN_SCENARIO a scenario IN_PHASE the phase (when a phase is
 *    given); every test case otherwise;
 *  - DIRECT when an in-scope test case VERIFIES the requirement; VIA_INTERFACE when none does but
 *    an in-scope test case EXERCISES an Interface the requirement is REALISED_BY; NONE otherwise.
 *
 * A fixed number of round-trips whatever the size of the model (plus one per level of the role's
 * PART_OF hierarchy).
 */
import { byCodeUnits } from '../store/order.js';
import type { GraphNode, GraphStore } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { HOPS } from './hops.js';
import { fetchNodes, getOptionalNode, listAll } from './lookups.js';
import type { CoverageStatus, Rttm, RttmRow, RttmScope, RttmTotals } from './results.js';
import { partsOf } from './role-parts.js';

export interface RttmInput {
  /** TestPhase id. */
  readonly phase?: string;
  /** Role id (its parts are included). */
  readonly role?: string;
  /** Artefact id. */
  readonly artefact?: string;
}

async function resolveScope(store: GraphStore, input: RttmInput): Promise<RttmScope> {
  const [phase, role, artefact] = await Promise.all([
    getOptionalNode(store, input.phase, 'TestPhase'),
    getOptionalNode(store, input.role, 'Role'),
    getOptionalNode(store, input.artefact, 'Artefact'),
  ]);
  return { phase, role, artefact };
}

/** Ids of the requirements in scope, by id. */
async function requirementsInScope(store: GraphStore, { role, artefact }: RttmScope): Promise<string[]> {
  if (!role && !artefact) return (await listAll(store, { kind: 'Requirement' })).map((node) => node.id);
  const roles = role ? [role, ...(await partsOf(store, role))].map((node) => node.id) : [];
  const scope = await Adjacency.of(store, [...roles, ...(artefact ? [artefact.id] : [])], [HOPS.requirements, HOPS.defines]);
  const applying = new Set(roles.flatMap((id) => scope.from(id, HOPS.requirements)));
  const candidates = artefact ? scope.from(artefact.id, HOPS.defines, 'Requirement') : [...applying];
  return candidates.filter((id) => !role || applying.has(id)).sort(byCodeUnits);
}

/** The test cases of the phase, or `null` (meaning all) when no phase is given. */
async function testCasesInPhase(store: GraphStore, phase: GraphNode | null): Promise<ReadonlySet<string> | null> {
  if (!phase) return null;
  const scenarios = (await Adjacency.of(store, [phase.id], [HOPS.scenarios])).from(phase.id, HOPS.scenarios);
  return new Set((await Adjacency.of(store, scenarios, [HOPS.testCases])).reached(HOPS.testCases));
}

const statusOf = (row: Omit<RttmRow, 'status'>): CoverageStatus =>
  row.directTestCases.length > 0 ? 'DIRECT' : row.viaInterface.length > 0 ? 'VIA_INTERFACE' : 'NONE';

function totalsOf(rows: readonly RttmRow[]): RttmTotals {
  const count = (status: CoverageStatus) => rows.filter((row) => row.status === status).length;
  const [direct, viaInterface, none] = [count('DIRECT'), count('VIA_INTERFACE'), count('NONE')];
  const covered = rows.length === 0 ? 0 : ((direct + viaInterface) / rows.length) * 100;
  return { requirements: rows.length, direct, viaInterface, none, coveragePercent: Math.round(covered * 10) / 10 };
}

export async function rttm(store: GraphStore, input: RttmInput = {}): Promise<Rttm> {
  const scope = await resolveScope(store, input);
  const [requirements, phaseTestCases] = await Promise.all([
    requirementsInScope(store, scope),
    testCasesInPhase(store, scope.phase),
  ]);
  const inScope = (testCase: string) => !phaseTestCases || phaseTestCases.has(testCase);

  const coverage = await Adjacency.of(store, requirements, [HOPS.verifiedBy, HOPS.realisedBy]);
  const interfaces = coverage.reached(HOPS.realisedBy, 'Interface');
  const exercise = await Adjacency.of(store, interfaces, [HOPS.exercisedBy]);
  const testCases = [...coverage.reached(HOPS.verifiedBy), ...exercise.reached(HOPS.exercisedBy)];
  const nodes = await fetchNodes(store, [...requirements, ...interfaces, ...testCases]);

  const rows = requirements.map((id): RttmRow => {
    const viaInterface = coverage
      .from(id, HOPS.realisedBy, 'Interface')
      .flatMap((iface) => exercise.from(iface, HOPS.exercisedBy).filter(inScope).map((testCase) => ({ testCase, iface })))
      .sort((a, b) => byCodeUnits(a.testCase, b.testCase) || byCodeUnits(a.iface, b.iface))
      .map(({ testCase, iface }) => ({ testCase: nodes.one(testCase), interface: nodes.one(iface) }));
    const row = {
      requirement: nodes.one(id),
      directTestCases: nodes.all(coverage.from(id, HOPS.verifiedBy).filter(inScope)),
      viaInterface,
    };
    return { ...row, status: statusOf(row) };
  });
  const uncovered = rows.filter((row) => row.status === 'NONE').map((row) => row.requirement);
  return { scope, rows, totals: totalsOf(rows), uncovered };
}
