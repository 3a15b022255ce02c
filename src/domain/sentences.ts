/**
 * Relationships and paths as sentences a non-developer reads, worded from the `reads` each
 * relationship declares (src/model/relationships.ts), never written per case:
 * "BRS008-FR-001 is realised by IF-021, which CR023 changes".
 */
import { RELATIONSHIPS, type RelationshipType } from '../model/relationships.js';
import type { Direction } from '../store/port.js';
import type { Path } from './results.js';

/**
 * The verb of a relationship as seen from the element at one end: `OUT` from its `from` element
 * ("is realised by"), `IN` from its `to` element ("realises").
 */
export const verbOf = (type: RelationshipType, direction: Direction): string =>
  direction === 'OUT' ? RELATIONSHIPS[type].reads.forward : RELATIONSHIPS[type].reads.inverse;

/** `IF-021 is sent by ADS`: the relationship read from `at`, which reaches `other` going `direction`. */
export const relationshipSentence = (at: string, type: RelationshipType, direction: Direction, other: string): string =>
  `${at} ${verbOf(type, direction)} ${other}`;

const opposite = (direction: Direction): Direction => (direction === 'OUT' ? 'IN' : 'OUT');

/**
 * Why the last element of `path` is reached, read from it back to the start: each hop turned
 * round ("BRS008-FR-006 is derived from BRS008-FR-001, which is realised by IF-021"), then
 * `origin`, which says how the start came in ("which CR023 changes"); the start alone when the
 * path has no hops.
 */
export function pathSentence(path: Path, origin?: string): string {
  const ids = [path.start, ...path.hops.map((hop) => hop.to)];
  const clauses = path.hops
    .map((hop, i) => ({ hop, from: ids[i + 1]!, to: ids[i]! }))
    .reverse()
    .map(({ hop, from, to }, i) => `${i === 0 ? from : 'which'} ${verbOf(hop.type, opposite(hop.direction))} ${to}`);
  const tail = origin ? [`which ${origin}`] : [];
  return [...(clauses.length === 0 ? [path.start] : clauses), ...tail].join(', ');
}
