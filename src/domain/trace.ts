/**
 * Trace: every element of a target kind reachable from one element, each with one shortest path
 * explaining it. Which relationships a trace follows is decided by trace-rules.ts.
 */
import { BadInputError, quoted } from '../errors.js';
import { isNodeKind, NODE_KINDS } from '../model/kinds.js';
import { byCodeUnits } from '../store/order.js';
import type { GraphStore } from '../store/port.js';
import { checkedNode } from './lookups.js';
import type { Reached, TraceResult } from './results.js';
import { traceHopsFrom } from './trace-rules.js';
import { checkMaxDepth, reachedIn, walkWithin } from './walk.js';

export interface TraceInput {
  readonly from: string;
  /** A node kind name, e.g. `TestCase`. */
  readonly toKind: string;
  /** @default 4 — requirement → interface → test case → scenario → phase. */
  readonly maxDepth?: number;
}

export const DEFAULT_TRACE_DEPTH = 4;

const byDepthId = (a: Reached, b: Reached): number => a.depth - b.depth || byCodeUnits(a.node.id, b.node.id);

export async function trace(store: GraphStore, input: TraceInput): Promise<TraceResult> {
  const maxDepth = checkMaxDepth(input.maxDepth ?? DEFAULT_TRACE_DEPTH);
  const { toKind } = input;
  if (!isNodeKind(toKind)) throw new BadInputError(`${quoted(toKind)} is not a node kind (one of ${NODE_KINDS.join(', ')})`);
  // The start element comes with the walk's reach: one round-trip in all.
  const reach = await store.reach({ start: [input.from], maxDepth, hopsFrom: traceHopsFrom });
  const from = checkedNode({ id: input.from }, reach.start[0]);
  const visits = walkWithin(reach, { start: [from], maxDepth, hopsFrom: traceHopsFrom });
  const targets = reachedIn(reach, visits.filter((visit) => visit.kind === toKind));
  return { from, toKind, maxDepth, targets: targets.sort(byDepthId) };
}
