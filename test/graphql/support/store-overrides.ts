/** A GraphStore that behaves like `store` except for the methods given, to provoke faults. */
import type { GraphStore } from '../../../src/store/port.js';

export function withOverrides(store: GraphStore, overrides: Partial<GraphStore>): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property in overrides) return overrides[property as keyof GraphStore];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
