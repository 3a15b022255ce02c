/**
 * Trace: every element of a target kind reachable from one element, each with one shortest path
 * explaining it. Which relationships a trace follows is decided by trace-rules.ts.
 */
import { BadInputError, quoted } from '../errors.js';
import { isNodeKind, NODE_KINDS } from '../model/kinds.js';
import { byCodeUnits } from '../store/order.js';
import type { GraphStore } from '../store/port.js';
import { getNode } from './lookups.js';
import type { Reached, TraceResult } from './results.js';
import { traceHopsFrom } from './trace-rules.js';
import { checkMaxDepth, toReached, walk } from './walk.js';

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
  const from = await getNode(store, input.from);
  const visits = await walk(store, { start: [from], maxDepth, hopsFrom: traceHopsFrom });
  const targets = await toReached(store, visits.filter((visit) => visit.kind === toKind));
  return { from, toKind, maxDepth, targets: targets.sort(byDepthId) };
}
