/**
 * The orderings the GraphStore port promises (see port.ts). Strings compare by UTF-16 code units
 * — what Neo4j's ORDER BY does — never by locale: every adapter, and the domain queries that keep
 * the port's order in their results, must sort alike for both stores to give identical answers
 * on every machine.
 */
import type { Neighbour } from './port.js';

export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of `list`, and of every result listed "by id". */
export const byId = (a: { readonly id: string }, b: { readonly id: string }): number => byCodeUnits(a.id, b.id);

/** The order of each element's `neighbours`. */
export const byTypeDirectionId = (a: Neighbour, b: Neighbour): number =>
  byCodeUnits(a.type, b.type) || byCodeUnits(a.direction, b.direction) || byCodeUnits(a.id, b.id);
