/**
 * Every Neo4j store call has a deadline. A Neo4j that is up but not answering (frozen, busy
 * starting, a stalled network) otherwise holds a request as long as TCP does: with the server
 * stopped by SIGSTOP for 20 s, every request and /health waited the full 20 s. Two bounds, as
 * either side may be the one that stalls:
 *   - the transaction timeout, sent with the statement: Neo4j ends a read that runs too long;
 *   - the client-side bound here, which does not rely on the server answering at all: the call
 *     fails with SERVICE_UNAVAILABLE at the deadline, whatever the driver is still waiting for
 *     (a connection, the answer). It starts when the read gets its slot (read-slots.ts): waiting
 *     behind other reads is load, not a stall, and slots turn over at least once a deadline.
 */
import { withDeadline } from '../../deadline.js';
import { StoreUnavailableError } from '../../errors.js';
import type { Neo4jTarget } from './driver-errors.js';

/** @default 5 000 ms — a read of the shipped model takes a few ms; a 100× model's widest a few hundred. */
export const QUERY_DEADLINE_MS = 5_000;

/** How long closing the driver may take at shutdown: a frozen server never acknowledges. */
export const CLOSE_DEADLINE_MS = 2_000;

/** `work`'s result, or SERVICE_UNAVAILABLE once `ms` have passed without one. */
export const storeDeadline = <T>(work: Promise<T>, ms: number, target: Neo4jTarget, what = 'reply'): Promise<T> =>
  withDeadline(work, ms, () => new StoreUnavailableError(`Neo4j at ${target.uri} is not answering: no ${what} within ${ms} ms (overloaded, starting or stalled)`));
