/**
 * GET /health: whether the server can answer, and the store's own report (which store, its
 * reachability, the model it holds). 200 when the store is ok, 503 otherwise, so that a load
 * balancer or `curl --fail` can use it directly.
 *
 * It answers within HEALTH_TIMEOUT_MS whatever the store does: a health check that hangs with
 * the store it checks tells an orchestrator nothing. A store that has not reported by then is
 * "not answering" (503).
 */
import { withDeadline } from '../deadline.js';
import type { GraphStore, StoreHealth } from '../store/port.js';

export interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly store: StoreHealth;
}

/** @default 1 500 ms — under the 2 s a probe typically allows. */
export const HEALTH_TIMEOUT_MS = 1_500;

export async function healthOf(store: GraphStore, timeoutMs: number = HEALTH_TIMEOUT_MS): Promise<{ httpStatus: number; report: HealthReport }> {
  let health: StoreHealth;
  try {
    health = await withDeadline(store.health(), timeoutMs, () => new Error(`${store.name} store not answering: no health report within ${timeoutMs} ms`));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    health = { store: store.name, ok: false, detail, modelHash: null, nodeCount: null };
  }
  return { httpStatus: health.ok ? 200 : 503, report: { status: health.ok ? 'ok' : 'unavailable', store: health } };
}
