/**
 * Search: "find every element mentioning disconnection", whatever its kind.
 *
 * The text is split into terms, the words of search-words.ts (runs of ASCII letters and digits,
 * case-insensitive); an element matches when every term begins a word of its id, name,
 * description or (Requirement) text — `disconn` finds "Demand Disconnection Events", `brs013 fr`
 * BRS013-FR-001 and its siblings. Matches are ordered by id; each comes with the fields a term
 * was found in. One round-trip.
 */
import { BadInputError, quoted } from '../errors.js';
import { isNodeKind, NODE_KINDS, type NodeKind } from '../model/kinds.js';
import type { GraphNode, GraphStore } from '../store/port.js';
import { beginsAWord, SEARCH_FIELDS, searchFieldOf, wordsOf, type SearchField } from '../store/search-words.js';

/** Longer texts are refused rather than searched. */
export const MAX_SEARCH_TEXT_LENGTH = 200;
/** At most this many different words in a text: each is one more pass over the index. */
export const MAX_SEARCH_TERMS = 10;
export const MAX_SEARCH_RESULTS = 100;
export const DEFAULT_SEARCH_RESULTS = 20;

export interface SearchInput {
  readonly text: string;
  /** Only elements of these kinds; every kind when absent. */
  readonly kinds?: readonly string[];
  /** At most this many hits. @default DEFAULT_SEARCH_RESULTS */
  readonly first?: number;
}

export interface SearchHit {
  readonly node: GraphNode;
  /** The fields in which some term begins a word, in SEARCH_FIELDS order. */
  readonly matchedFields: readonly SearchField[];
}

export interface SearchResult {
  /** The different words of the text, in the order written: what was searched for. */
  readonly terms: readonly string[];
  /** How many elements match, however many hits were asked for. */
  readonly totalCount: number;
  /** The first `first` matches, by id. */
  readonly hits: readonly SearchHit[];
}

/** The terms of a search text; a BadInputError when it is too long, has no word or too many. */
export function searchTermsOf(text: string): string[] {
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw new BadInputError(`The search text has ${text.length} characters; the limit is ${MAX_SEARCH_TEXT_LENGTH}`);
  }
  const terms = [...new Set(wordsOf(text))];
  if (terms.length === 0) throw new BadInputError('The search text has no word to search for (letters or digits)');
  if (terms.length > MAX_SEARCH_TERMS) {
    throw new BadInputError(`The search text has ${terms.length} different words; the limit is ${MAX_SEARCH_TERMS}`);
  }
  return terms;
}

function checkedKinds(kinds: readonly string[] | undefined): NodeKind[] | undefined {
  if (kinds === undefined) return undefined;
  if (kinds.length === 0) throw new BadInputError('kinds, when given, must name at least one kind');
  const unknown = kinds.find((kind) => !isNodeKind(kind));
  if (unknown !== undefined) throw new BadInputError(`${quoted(unknown)} is not a node kind (one of ${NODE_KINDS.join(', ')})`);
  return [...new Set(kinds as readonly NodeKind[])];
}

function checkedFirst(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_SEARCH_RESULTS) {
    throw new BadInputError(`first must be between 0 and ${MAX_SEARCH_RESULTS}, got ${first}`);
  }
  return first;
}

const matchedFieldsOf = (node: GraphNode, terms: readonly string[]): SearchField[] =>
  SEARCH_FIELDS.filter((field) => {
    const words = wordsOf(searchFieldOf(node, field) ?? '');
    return terms.some((term) => beginsAWord(words, term));
  });

export async function search(store: GraphStore, input: SearchInput): Promise<SearchResult> {
  const terms = searchTermsOf(input.text);
  const kinds = checkedKinds(input.kinds);
  const first = checkedFirst(input.first ?? DEFAULT_SEARCH_RESULTS);
  const page = await store.search({ terms, ...(kinds ? { kinds } : {}) }, first);
  return {
    terms,
    totalCount: page.totalCount,
    hits: page.items.map((node) => ({ node, matchedFields: matchedFieldsOf(node, terms) })),
  };
}
