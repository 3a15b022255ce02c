/**
 * What the port's `search` calls a word, shared by both adapters and the domain query so that
 * all three split text alike.
 *
 * A word is a maximal run of ASCII letters and digits, lower-cased; every other character —
 * space, punctuation, `-`, `_`, `.`, `'`, and any non-ASCII character — separates words. So
 * `BRS007-FR-001` has the words `brs007`, `fr`, `001`; `REG_SERVICE` has `reg` and `service`;
 * `3.2` has `3` and `2`. ASCII only on purpose: the model is written in English, and a term of
 * `[a-z0-9]` goes into a Lucene query and a Java regex in the Neo4j store with nothing to escape,
 * and compares the same way in JavaScript and in Java (whose Unicode case rules differ).
 */
import { BadInputError, quoted } from '../errors.js';
import type { GraphNode } from './port.js';

/** The fields search reads, in the order a hit lists the fields it matched in. */
export const SEARCH_FIELDS = ['id', 'name', 'description', 'text'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const wordsOf = (text: string): string[] => Array.from(text.matchAll(/[A-Za-z0-9]+/g), ([word]) => word.toLowerCase());

/** A field of an element as text; undefined where it has none (only a Requirement has `text`). */
export function searchFieldOf(node: GraphNode, field: SearchField): string | undefined {
  const value = field === 'id' ? node.id : node.props[field];
  return typeof value === 'string' ? value : undefined;
}

/** Whether one of `words` begins with `term`: the match rule of search, term by term. */
export const beginsAWord = (words: readonly string[], term: string): boolean => words.some((word) => word.startsWith(term));

/**
 * The port's precondition on search terms, checked by both adapters alike: at least one, each a
 * single word as `wordsOf` returns them. The Neo4j store writes terms into Lucene and regex
 * syntax, so nothing else may get through.
 */
export function checkSearchTerms(terms: readonly string[]): void {
  if (terms.length === 0) throw new BadInputError('A search needs at least one term');
  const bad = terms.find((term) => !/^[a-z0-9]+$/.test(term));
  if (bad !== undefined) throw new BadInputError(`${quoted(bad)} is not a search term: lower-case ASCII letters and digits only`);
}
