import { expect } from 'vitest';

/**
 * Asserts that two answers serialise to the same JSON, byte for byte (key order included) —
 * what "both stores answer identically" means. Compares structurally first for a readable diff.
 */
export function expectSameJson(actual: unknown, expected: unknown): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  expect(JSON.parse(a) as unknown).toEqual(JSON.parse(e) as unknown);
  expect(a).toBe(e);
}
