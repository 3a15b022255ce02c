/**
 * The role view: what a participant qualifying in a role must build and pass — the interfaces
 * the role sends and receives, the processes it takes part in (with its steps), the requirements
 * that apply to it, and the test cases that verify those requirements or exercise those
 * interfaces, by test phase. A role's parts (roles PART_OF it, transitively) are included: the
 * view of the Smart Data Service holds what its Meter Data Retriever sends.
 */
import { byCodeUnits, byId } from '../store/order.js';
import type { GraphNode, GraphStore } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { HOPS } from './hops.js';
import { fetchNodes, getNode, getOptionalNode, type FetchedNodes } from './lookups.js';
import type { PhaseTestCases, ProcessParticipation, RoleView } from './results.js';
import { partsOf } from './role-parts.js';

export interface RoleViewOptions {
  /** Only the test cases of this TestPhase. */
  readonly phase?: string;
}

const union = (...lists: readonly string[][]): string[] => [...new Set(lists.flat())].sort(byCodeUnits);

const bySequence = (a: GraphNode, b: GraphNode): number =>
  Number(a.props.sequence ?? 0) - Number(b.props.sequence ?? 0) || byId(a, b);

/** The processes the steps belong to, by process id, each with its steps by sequence. */
function processesOf(steps: readonly string[], processOf: Adjacency, nodes: FetchedNodes): ProcessParticipation[] {
  return union(...steps.map((step) => processOf.from(step, HOPS.process))).map((process) => ({
    process: nodes.one(process),
    steps: nodes.all(steps.filter((step) => processOf.from(step, HOPS.process).includes(process))).sort(bySequence),
  }));
}

/** The phase ids of each test case, through its scenario: two round-trips for all of them. */
async function phasesOfTestCases(store: GraphStore, testCases: readonly string[]): Promise<Map<string, string[]>> {
  const scenarioOf = await Adjacency.of(store, testCases, [HOPS.scenario]);
  const phaseOf = await Adjacency.of(store, scenarioOf.reached(HOPS.scenario), [HOPS.phase]);
  return new Map(
    testCases.map((testCase) => [
      testCase,
      union(...scenarioOf.from(testCase, HOPS.scenario).map((scenario) => phaseOf.from(scenario, HOPS.phase))),
    ]),
  );
}

export async function roleView(store: GraphStore, roleId: string, options: RoleViewOptions = {}): Promise<RoleView> {
  const [role, onlyPhase] = await Promise.all([
    getNode(store, roleId, 'Role'),
    getOptionalNode(store, options.phase, 'TestPhase'),
  ]);
  const parts = await partsOf(store, role);
  const links = await Adjacency.of(store, [role, ...parts].map((node) => node.id), [
    HOPS.sends,
    HOPS.receives,
    HOPS.performsSteps,
    HOPS.requirements,
  ]);
  const sends = links.reached(HOPS.sends);
  const receives = links.reached(HOPS.receives);
  const steps = links.reached(HOPS.performsSteps);
  const requirements = links.reached(HOPS.requirements);

  const [processOf, tests] = await Promise.all([
    Adjacency.of(store, steps, [HOPS.process]),
    Adjacency.of(store, union(requirements, sends, receives), [HOPS.verifiedBy, HOPS.exercisedBy]),
  ]);
  const testCases = union(tests.reached(HOPS.verifiedBy), tests.reached(HOPS.exercisedBy));
  const phasesOf = await phasesOfTestCases(store, testCases);
  const phases = onlyPhase ? [onlyPhase.id] : union(...phasesOf.values());

  const nodes = await fetchNodes(store, [
    ...sends, ...receives, ...steps, ...requirements, ...testCases, ...phases, ...processOf.reached(HOPS.process),
  ]);
  const testCasesByPhase = phases.map((phase): PhaseTestCases => ({
    phase: nodes.one(phase),
    testCases: nodes.all(testCases.filter((testCase) => phasesOf.get(testCase)?.includes(phase))),
  }));
  return {
    role,
    parts,
    sends: nodes.all(sends),
    receives: nodes.all(receives),
    processes: processesOf(steps, processOf, nodes),
    requirements: nodes.all(requirements),
    testCasesByPhase,
  };
}
