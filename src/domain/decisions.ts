/**
 * The governance question "which decisions did DAG take in August 2023?": the decisions of one body
 * (or of every body), taken between two dates, optionally of one outcome, in date order.
 *
 * Dates may be months (`2023-08`): a range bound that is a month covers the whole month, and a
 * decision dated only by month is in the range when its month overlaps it.
 */
import { BadInputError, quoted } from '../errors.js';
import { DECISION_OUTCOMES, isModelDate } from '../model/kinds.js';
import { byCodeUnits } from '../store/order.js';
import type { GraphNode, GraphStore } from '../store/port.js';
import { hop } from './hops.js';
import { getNode, listAll } from './lookups.js';

export interface DecisionsInput {
  /** A GovernanceGroup id (`DAG`); every body when absent. */
  readonly body?: string;
  /** Earliest date (inclusive), `YYYY-MM-DD` or `YYYY-MM`. */
  readonly from?: string;
  /** Latest date (inclusive), `YYYY-MM-DD` or `YYYY-MM`. */
  readonly to?: string;
  readonly outcome?: string;
}

const DECIDED_BY_IN = { hop: hop('DECIDED_BY', 'IN'), then: [] };

/** The first and last day a model date can mean, as comparable strings (`2023-08` → `2023-08-00` … `2023-08-99`). */
const firstDay = (date: string) => (date.length === 7 ? `${date}-00` : date);
const lastDay = (date: string) => (date.length === 7 ? `${date}-99` : date);

function checkedDate(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !isModelDate(value)) throw new BadInputError(`${name} must be a date YYYY-MM-DD or a month YYYY-MM, got ${quoted(value)}`);
  return value;
}

export async function decisionsTaken(store: GraphStore, input: DecisionsInput = {}): Promise<readonly GraphNode[]> {
  const from = checkedDate(input.from, 'from');
  const to = checkedDate(input.to, 'to');
  if (from !== undefined && to !== undefined && firstDay(from) > lastDay(to)) throw new BadInputError(`from (${from}) is after to (${to})`);
  const { outcome } = input;
  if (outcome !== undefined && !(DECISION_OUTCOMES as readonly string[]).includes(outcome)) {
    throw new BadInputError(`${quoted(outcome)} is not a decision outcome (one of ${DECISION_OUTCOMES.join(', ')})`);
  }
  const decisions = input.body === undefined ? await listAll(store, { kind: 'Decision' }) : await decisionsOf(store, input.body);
  return decisions
    .filter((decision) => {
      const date = String(decision.props.date);
      return (from === undefined || lastDay(date) >= firstDay(from)) && (to === undefined || firstDay(date) <= lastDay(to));
    })
    .filter((decision) => outcome === undefined || decision.props.outcome === outcome)
    .sort((a, b) => byCodeUnits(String(a.props.date), String(b.props.date)) || byCodeUnits(a.id, b.id));
}

/** The decisions a governance group took: NOT_FOUND for an unknown id, BAD_USER_INPUT for an element that is not a group. */
async function decisionsOf(store: GraphStore, body: string): Promise<readonly GraphNode[]> {
  await getNode(store, body, 'GovernanceGroup');
  const [[taken] = []] = await store.expand([body], [DECIDED_BY_IN]);
  return (taken ?? []).map((neighbour) => neighbour.node);
}
