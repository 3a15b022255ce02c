/**
 * A GraphStore that counts the round-trips (calls of the batch methods) made through it. The
 * benchmark reports store calls per request with it, and the API tests use it to pin that a
 * request's round-trips grow with the depth of the query, not with the size of the answer.
 */
import type { GraphStore } from './port.js';

export interface CountingStore extends GraphStore {
  /** Calls of nodes / expandNodes / list / expandList / neighbours / expand / search / reach since the last reset. */
  readonly roundTrips: number;
  reset(): void;
}

const ROUND_TRIPS = new Set<PropertyKey>(['nodes', 'expandNodes', 'list', 'expandList', 'neighbours', 'expand', 'search', 'reach'] satisfies (keyof GraphStore)[]);

export function countingStore(store: GraphStore): CountingStore {
  let roundTrips = 0;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'roundTrips') return roundTrips;
      if (property === 'reset') return () => void (roundTrips = 0);
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (ROUND_TRIPS.has(property)) roundTrips += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as CountingStore;
}
