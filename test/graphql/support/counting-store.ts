/** A GraphStore wrapper that counts the round-trips (calls of the batch methods) made through it. */
import type { GraphStore } from '../../../src/store/port.js';

export interface CountingStore extends GraphStore {
  /** Calls of nodes / list / neighbours since the last reset. */
  readonly roundTrips: number;
  reset(): void;
}

const ROUND_TRIPS = new Set<PropertyKey>(['nodes', 'list', 'neighbours']);

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
