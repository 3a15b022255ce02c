/**
 * GET /health: whether the server can answer, and the store's own report (which store, its
 * reachability, the model it holds). 200 when the store is ok, 503 otherwise, so that a load
 * balancer or `curl --fail` can use it directly.
 */
import type { GraphStore, StoreHealth } from '../store/port.js';

export interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly store: StoreHealth;
}

export async function healthOf(store: GraphStore): Promise<{ httpStatus: number; report: HealthReport }> {
  let health: StoreHealth;
  try {
    health = await store.health();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    health = { store: store.name, ok: false, detail, modelHash: null, nodeCount: null };
  }
  return { httpStatus: health.ok ? 200 : 503, report: { status: health.ok ? 'ok' : 'unavailable', store: health } };
}
