/**
 * The role view: what a participant qualifying in a role must build and pass — the interfaces
 * the role sends and receives, the processes it takes part in (with its steps), the requirements
 * that apply to it, and the test cases it takes part in, by test phase, each with why it is
 * listed and its latest result. A role's parts (roles PART_OF it, transitively) are included: the
 * view of the Smart Data Service holds what its Meter Data Retriever sends.
 *
 *  - sends: the interfaces FROM the role, those of the interface flows FROM it (a sender → receiver
 *    pair, FLOW_OF an interface), and those SENT by a step the role PERFORMS;
 *  - receives: the interfaces TO the role, and those of the interface flows TO it;
 *  - test cases: a test case that names its roles (`roles`, INVOLVES) is listed for exactly those
 *    roles — the systems it tests — however many interfaces it shares with others ("SDS sends
 *    IF-021" is not ADS's test though ADS sends IF-021 too); a test case naming no roles is listed
 *    where it VERIFIES a requirement that applies to the role or EXERCISES an interface the role
 *    sends or receives.
 * A fixed number of round-trips (plus one per level of the PART_OF hierarchy).
 */
import { BadInputError } from '../errors.js';
import { byCodeUnits, byId } from '../store/order.js';
import type { GraphNode, GraphStore } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { historiesOf, latestOf, outcomeOf } from './executions.js';
import { HOPS } from './hops.js';
import { fetchNodes, getNode, getOptionalNode, type FetchedNodes } from './lookups.js';
import type { ExplainedElement, PhaseTestCases, ProcessParticipation, RoleView } from './results.js';
import { partsOf } from './role-parts.js';

export interface RoleViewOptions {
  /** Only the test cases of this TestPhase. */
  readonly phase?: string;
  /** Only this participant's (organisation's) results give the checklist's outcomes. */
  readonly participant?: string;
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

/** Reasons by element id: the paths that list it, by text. */
class Reasons {
  private readonly byId = new Map<string, Set<string>>();
  add(id: string, path: string): void {
    const paths = this.byId.get(id) ?? new Set<string>();
    paths.add(path);
    this.byId.set(id, paths);
  }
  ids(): string[] {
    return [...this.byId.keys()].sort(byCodeUnits);
  }
  of(id: string): string[] {
    return [...(this.byId.get(id) ?? [])].sort(byCodeUnits);
  }
}

export async function roleView(store: GraphStore, roleId: string, options: RoleViewOptions = {}): Promise<RoleView> {
  if (options.participant !== undefined && options.participant.trim() === '') throw new BadInputError('participant must not be empty');
  const [role, onlyPhase] = await Promise.all([getNode(store, roleId, 'Role'), getOptionalNode(store, options.phase, 'TestPhase')]);
  const parts = await partsOf(store, role);
  const roles = [role, ...parts].map((node) => node.id);
  const links = await Adjacency.of(store, roles, [
    HOPS.sends, HOPS.receives, HOPS.sendsFlows, HOPS.receivesFlows, HOPS.performsSteps, HOPS.requirements, HOPS.takesPartIn,
  ]);
  const steps = links.reached(HOPS.performsSteps);
  const requirements = links.reached(HOPS.requirements);
  const [stepLinks, flowLinks] = await Promise.all([
    Adjacency.of(store, steps, [HOPS.process, HOPS.stepSends]),
    Adjacency.of(store, union(links.reached(HOPS.sendsFlows), links.reached(HOPS.receivesFlows)), [HOPS.flowOf]),
  ]);

  const sends = new Reasons();
  const receives = new Reasons();
  const applying = new Reasons();
  for (const r of roles) {
    for (const iface of links.from(r, HOPS.sends)) sends.add(iface, `${r} <-[:FROM]- ${iface}`);
    for (const step of links.from(r, HOPS.performsSteps)) {
      for (const iface of stepLinks.from(step, HOPS.stepSends)) sends.add(iface, `${r} <-[:PERFORMED_BY]- ${step} -[:SENDS]-> ${iface}`);
    }
    for (const iface of links.from(r, HOPS.receives)) receives.add(iface, `${r} <-[:TO]- ${iface}`);
    for (const flow of links.from(r, HOPS.sendsFlows)) {
      for (const iface of flowLinks.from(flow, HOPS.flowOf)) sends.add(iface, `${r} <-[:FLOW_FROM]- ${flow} -[:FLOW_OF]-> ${iface}`);
    }
    for (const flow of links.from(r, HOPS.receivesFlows)) {
      for (const iface of flowLinks.from(flow, HOPS.flowOf)) receives.add(iface, `${r} <-[:FLOW_TO]- ${flow} -[:FLOW_OF]-> ${iface}`);
    }
    for (const requirement of links.from(r, HOPS.requirements)) applying.add(requirement, `${r} <-[:APPLIES_TO]- ${requirement}`);
  }
  const interfaces = union(sends.ids(), receives.ids());
  const tests = await Adjacency.of(store, union(requirements, interfaces), [HOPS.verifiedBy, HOPS.exercisedBy]);
  const involved = new Reasons();
  for (const r of roles) for (const testCase of links.from(r, HOPS.takesPartIn)) involved.add(testCase, `${r} <-[:INVOLVES]- ${testCase}`);
  const candidates = union(tests.reached(HOPS.verifiedBy), tests.reached(HOPS.exercisedBy), involved.ids());
  const named = await Adjacency.of(store, candidates, [HOPS.roles]);

  // A test case naming its roles is the role's only when it names it; otherwise the design decides.
  const listed = new Reasons();
  for (const testCase of candidates) {
    if (named.from(testCase, HOPS.roles).length > 0) {
      for (const path of involved.of(testCase)) listed.add(testCase, path);
      continue;
    }
    for (const requirement of requirements) {
      if (!tests.from(requirement, HOPS.verifiedBy).includes(testCase)) continue;
      for (const path of applying.of(requirement)) listed.add(testCase, `${path} <-[:VERIFIES]- ${testCase}`);
    }
    for (const iface of interfaces) {
      if (!tests.from(iface, HOPS.exercisedBy).includes(testCase)) continue;
      for (const path of [...sends.of(iface), ...receives.of(iface)]) listed.add(testCase, `${path} <-[:EXERCISES]- ${testCase}`);
    }
  }
  const testCases = listed.ids();
  const [phasesOf, histories] = await Promise.all([
    phasesOfTestCases(store, testCases),
    historiesOf(store, testCases, { participant: options.participant }),
  ]);
  const phases = onlyPhase ? [onlyPhase.id] : union(...phasesOf.values());

  const nodes = await fetchNodes(store, [...interfaces, ...steps, ...requirements, ...testCases, ...phases, ...stepLinks.reached(HOPS.process)]);
  const explained = (reasons: Reasons): ExplainedElement[] => reasons.ids().map((id) => ({ node: nodes.one(id), because: reasons.of(id) }));
  const testCasesByPhase = phases.map((phase): PhaseTestCases => {
    const inPhase = testCases.filter((testCase) => phasesOf.get(testCase)?.includes(phase));
    return {
      phase: nodes.one(phase),
      testCases: nodes.all(inPhase),
      checklist: inPhase.map((testCase) => {
        const latestResult = latestOf(histories.get(testCase));
        return { testCase: nodes.one(testCase), because: listed.of(testCase), latestResult, outcome: outcomeOf(latestResult) };
      }),
    };
  });
  return {
    role,
    parts,
    sends: nodes.all(sends.ids()),
    sendsBecause: explained(sends),
    receives: nodes.all(receives.ids()),
    processes: processesOf(steps, stepLinks, nodes),
    requirements: nodes.all(requirements),
    testCasesByPhase,
    participant: options.participant ?? null,
  };
}
