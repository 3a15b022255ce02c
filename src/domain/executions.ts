/**
 * Test evidence: the results (executions) of test cases, the latest of each, and what a set of
 * covering test cases says about a requirement.
 *
 *  - a test case's history is its results, oldest first, by (executedAt, id): `executedAt` compares
 *    as written (ISO 8601 text; write date-times in one zone), and two executions at the same time
 *    are ordered by id, which the importer numbers in the order the report lists them;
 *  - its latest result is the last of that history: a test case run twice has the status of the
 *    later run, and both stay in the history;
 *  - with a participant, only that participant's results count.
 */
import type { TestOutcome } from '../model/kinds.js';
import { byCodeUnits, byId } from '../store/order.js';
import type { GraphNode, GraphStore } from '../store/port.js';
import { Adjacency } from './adjacency.js';
import { HOPS } from './hops.js';
import { fetchNodes, type FetchedNodes } from './lookups.js';

/**
 * What the covering test cases of a requirement say, from their latest results: FAILED when any
 * failed; else BLOCKED when any is blocked; else NOT_RUN when any has no result or was not run or
 * skipped; else PASSED (every one passed). NO_TEST_CASE when no test case in scope covers it.
 */
export type ExecutionStatus = 'PASSED' | 'FAILED' | 'BLOCKED' | 'NOT_RUN' | 'NO_TEST_CASE';
export const EXECUTION_STATUSES: readonly ExecutionStatus[] = ['PASSED', 'FAILED', 'BLOCKED', 'NOT_RUN', 'NO_TEST_CASE'];

const executedAt = (result: GraphNode): string => String(result.props.executedAt ?? '');

/** Oldest first: (executedAt, id). */
export const byExecution = (a: GraphNode, b: GraphNode): number => byCodeUnits(executedAt(a), executedAt(b)) || byId(a, b);

export const outcomeOf = (result: GraphNode | null): TestOutcome => (result ? (result.props.outcome as TestOutcome) : 'NOT_RUN');

export interface ResultFilter {
  /** Only the results of this participant (organisation). */
  readonly participant?: string;
}

/** Each test case's results, oldest first (only the participant's, when one is given): two round-trips. */
export async function historiesOf(
  store: GraphStore,
  testCases: readonly string[],
  filter: ResultFilter = {},
): Promise<ReadonlyMap<string, readonly GraphNode[]>> {
  const results = await Adjacency.of(store, testCases, [HOPS.results]);
  return historiesWithin(results, await fetchNodes(store, results.reached(HOPS.results)), testCases, filter);
}

/** `historiesOf` from neighbours and elements already read: `results` has each test case's RESULT_OF. */
export function historiesWithin(
  results: Adjacency,
  nodes: FetchedNodes,
  testCases: readonly string[],
  { participant }: ResultFilter = {},
): ReadonlyMap<string, readonly GraphNode[]> {
  return new Map(
    testCases.map((testCase) => [
      testCase,
      nodes
        .all(results.from(testCase, HOPS.results))
        .filter((result) => participant === undefined || result.props.participant === participant)
        .sort(byExecution),
    ]),
  );
}

export const latestOf = (history: readonly GraphNode[] | undefined): GraphNode | null => history?.at(-1) ?? null;

/** The status the latest outcomes of the covering test cases give a requirement (see ExecutionStatus). */
export function rollUp(outcomes: readonly TestOutcome[]): ExecutionStatus {
  if (outcomes.length === 0) return 'NO_TEST_CASE';
  if (outcomes.includes('FAILED')) return 'FAILED';
  if (outcomes.includes('BLOCKED')) return 'BLOCKED';
  return outcomes.every((outcome) => outcome === 'PASSED') ? 'PASSED' : 'NOT_RUN';
}
