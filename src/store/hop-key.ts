/**
 * A hop as a string key, so that sets and maps of hops compare them by value: the memory store
 * filters neighbours by the hops asked for, the walk merges the hops of a level into one call,
 * and the GraphQL layer keeps one loader per hop.
 */
import type { Hop } from './port.js';

export const hopKey = ({ type, direction }: Hop): string => `${type}:${direction}`;
