/**
 * The Cypher of the GraphStore port's reads, one statement per port call, built as plain data
 * so that tests can pin the query shape as well as the answers. Values are parameters; names
 * come from `cypher.ts`. Each statement reads the current generation only (`CURRENT_GENERATION`),
 * so a seed writing the next one beside it is invisible until it switches.
 */
import neo4j from 'neo4j-driver';
import type { RelationshipType } from '../../model/relationships.js';
import type { DesignScope } from '../design-scope.js';
import type { Direction, Hop, HopTree, NodeQuery, PageRequest, SearchQuery } from '../port.js';
import { checkSearchTerms, SEARCH_FIELDS } from '../search-words.js';
import { CURRENT_GENERATION, inScopeCondition, ELEMENT_LABEL, GENERATION, labelOf, MODEL_META_LABEL, propertyMatches, PROPS_JSON, RELATIONSHIP_META_JSON, relationshipTypeOf, relationshipTypesOf } from './cypher.js';
import { FULLTEXT_INDEX } from './schema.js';

export interface CypherQuery {
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Rows: `id`, `kind`, `props` (the JSON) of every node whose id is in `$ids` and, when there are
 * `trees`, `trees`: one `treeComprehension` list per tree, as `expandQuery` gives them — a root
 * lookup and the selection below it in one statement.
 */
export const nodesQuery = (ids: readonly string[], trees: readonly HopTree[] = []): CypherQuery => ({
  text: `${CURRENT_GENERATION}
UNWIND $ids AS id
MATCH (n:${ELEMENT_LABEL} {id: id, ${GENERATION}: generation})
RETURN n.id AS id, n.kind AS kind, n.${PROPS_JSON} AS props${trees.length > 0 ? `, ${treesList('n', trees)} AS trees` : ''}`,
  params: { ids: [...new Set(ids)] },
});

/**
 * Cypher list slices take 32-bit indexes; callers that want "everything" pass up to
 * Number.MAX_SAFE_INTEGER. No kind comes near this many elements, so clamping changes no answer.
 */
const MAX_PAGE = 2 ** 31 - 2;

/** The `$scope` of `inScopeCondition`: the included change requests, or null for no scope. */
const scopeParam = (scope: DesignScope | undefined): readonly string[] | null => (scope ? [...scope.includeProposed] : null);

/**
 * One row: `totalCount` (all matches), `hasNextPage`, and `page`, a list of `[id, kind, props,
 * trees]` of the first `first` matches after `after` in id order, `trees` holding one
 * `treeComprehension` list per tree — a page and the selection below it in one statement.
 */
export function listQuery(query: NodeQuery, page: PageRequest, trees: readonly HopTree[] = []): CypherQuery {
  const filters = Object.entries(query.where ?? {}).map(([key, value], i) => ({
    predicate: propertyMatches(query.kind, key, 'n', `where${i}`),
    param: [`where${i}`, value] as const,
  }));
  // Only the conditions the query has: one that holds for every element still reads properties of each.
  const conditions = [
    ...(query.search ? ['(toLower(n.id) CONTAINS $search OR toLower(n.name) CONTAINS $search)'] : []),
    inScopeCondition('n'),
    ...filters.map((f) => f.predicate),
  ];
  return {
    text: `${CURRENT_GENERATION}
MATCH (n:${labelOf(query.kind)} {${GENERATION}: generation})
WHERE ${conditions.join('\n  AND ')}
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH size(matched) AS totalCount, [m IN matched WHERE $after IS NULL OR m.id > $after] AS following
RETURN totalCount, size(following) > $first AS hasNextPage,
  [m IN following[..$first] | [m.id, m.kind, m.${PROPS_JSON}, ${treesList('m', trees)}]] AS page`,
    params: {
      ...(query.search ? { search: query.search.toLowerCase() } : {}),
      scope: scopeParam(query.scope),
      after: page.after ?? null,
      first: neo4j.int(Math.min(Math.max(0, page.first), MAX_PAGE)),
      ...Object.fromEntries(filters.map((f) => f.param)),
    },
  };
}

/**
 * Java regex (Cypher `=~` matches the whole string) for "a word begins with `term`", words as
 * search-words.ts splits them: the term at the start or after a character that is not an ASCII
 * letter or digit. `(?i)` without `(?u)` folds ASCII case only, as the JavaScript side does;
 * `(?s)` lets `.` cross line breaks.
 */
const beginsAWordPattern = (term: string): string => `(?is)(?:.*[^A-Za-z0-9])?${term}.*`;

/**
 * One row: `totalCount` (all matches) and `page`, `[id, kind, props]` of the first `first + 1`
 * matches by id, for the port's `search`.
 *
 * Candidates, per term: the elements the full-text index finds for `*term*` in their name,
 * description or text, and those with a word of their id beginning with the term (the index
 * does not cover ids). An element that is a candidate for every term is then checked exactly,
 * which drops what the index finds in excess. `*term*` rather than `term*` because the index's
 * analyzer (Lucene's standard tokenizer) keeps `C.12`, `i.e.`, `don't`, `REG_SERVICE` and
 * `naïve` whole, where search sees a word after each separator: `12*` misses the `12` of
 * `C.12`. Terms are checked to be `[a-z0-9]+`, so neither the Lucene query nor the regex needs
 * escaping. See docs/neo4j.md.
 */
export function searchQuery({ terms, kinds, scope }: SearchQuery, first: number): CypherQuery {
  checkSearchTerms(terms);
  const fields = SEARCH_FIELDS.map((field) => `node.\`${field}\``).join(', ');
  return {
    text: `${CURRENT_GENERATION}
CALL (generation) {
  UNWIND $terms AS term
  CALL db.index.fulltext.queryNodes($index, term.lucene) YIELD node
  WITH node, term WHERE node.${GENERATION} = generation
  RETURN node, term.word AS word
  UNION
  MATCH (node:${ELEMENT_LABEL} {${GENERATION}: generation})
  UNWIND [term IN $terms WHERE node.id =~ term.pattern | term.word] AS word
  RETURN node, word
}
WITH node, count(word) AS termsFound
WHERE termsFound = size($terms)
  AND ($kinds IS NULL OR node.kind IN $kinds)
  AND ${inScopeCondition('node')}
  AND all(term IN $terms WHERE any(field IN [${fields}] WHERE field =~ term.pattern))
WITH node ORDER BY node.id
WITH collect(node) AS matched
RETURN size(matched) AS totalCount, [m IN matched[..$limit] | [m.id, m.kind, m.${PROPS_JSON}]] AS page`,
    params: {
      index: FULLTEXT_INDEX,
      terms: [...new Set(terms)].map((word) => ({ word, lucene: `*${word}*`, pattern: beginsAWordPattern(word) })),
      kinds: kinds ? [...kinds] : null,
      scope: scopeParam(scope),
      limit: neo4j.int(Math.min(Math.max(0, first), MAX_PAGE) + 1),
    },
  };
}

export const ARROWS: Readonly<Record<Direction, (types: string) => string>> = {
  OUT: (types) => `-[r:${types}]->`,
  IN: (types) => `<-[r:${types}]-`,
};

/**
 * Rows: `id` (a node asked about) and `neighbours`, a list of `[type, direction, id, kind, meta]`
 * (`meta`: the relationship's provenance and proposal as JSON) for every relationship of the
 * asked types and directions — one statement whatever the number of ids and hops: each node is
 * looked up once, then a subquery matches one branch per direction with all its types at once.
 * Null when there is nothing to ask.
 */
export function neighboursQuery(ids: readonly string[], hops: readonly Hop[]): CypherQuery | null {
  const branches = (['OUT', 'IN'] as const).flatMap((direction) => {
    const types = [...new Set(hops.filter((h) => h.direction === direction).map((h) => h.type))] as RelationshipType[];
    if (types.length === 0) return [];
    return [`  MATCH (n)${ARROWS[direction](relationshipTypesOf(types))}(m:${ELEMENT_LABEL})
  RETURN type(r) AS type, '${direction}' AS direction, m, r.${RELATIONSHIP_META_JSON} AS meta`];
  });
  if (ids.length === 0 || branches.length === 0) return null;
  return {
    text: `${CURRENT_GENERATION}
UNWIND $ids AS id
MATCH (n:${ELEMENT_LABEL} {id: id, ${GENERATION}: generation})
CALL (n) {
${branches.join('\n  UNION ALL\n')}
}
RETURN id, collect([type, direction, m.id, m.kind, meta]) AS neighbours`,
    params: { ids: [...new Set(ids)] },
  };
}

/**
 * A pattern comprehension listing, for each element `from` reaches over the tree's hop,
 * `[id, kind, meta, props, [one such list per tree below]]` — nested as deep as the tree.
 */
function treeComprehension(from: string, { hop, then }: HopTree, names: { next: number }): string {
  const n = names.next++;
  const [r, m] = [`r${n}`, `m${n}`];
  const arrow = hop.direction === 'OUT' ? `-[${r}:${relationshipTypeOf(hop.type)}]->` : `<-[${r}:${relationshipTypeOf(hop.type)}]-`;
  const below = then.map((tree) => treeComprehension(m, tree, names));
  return `[(${from})${arrow}(${m}:${ELEMENT_LABEL}) | [${m}.id, ${m}.kind, ${r}.${RELATIONSHIP_META_JSON}, ${m}.${PROPS_JSON}, [${below.join(', ')}]]]`;
}

/** One `treeComprehension` list per tree, from the node `from`, as a Cypher list. */
function treesList(from: string, trees: readonly HopTree[]): string {
  if (trees.length === 0) return '[]';
  const names = { next: 0 };
  return `[\n  ${trees.map((tree) => treeComprehension(from, tree, names)).join(',\n  ')}\n]`;
}

/**
 * Rows: `id` (a node asked about) and `trees`, one `treeComprehension` list per tree: a bounded
 * selection, every level of it, in one statement — each node asked about looked up once,
 * each level a nested pattern comprehension. Null when there is nothing to ask.
 */
export function expandQuery(ids: readonly string[], trees: readonly HopTree[]): CypherQuery | null {
  if (ids.length === 0 || trees.length === 0) return null;
  return {
    text: `${CURRENT_GENERATION}
UNWIND $ids AS id
MATCH (n:${ELEMENT_LABEL} {id: id, ${GENERATION}: generation})
RETURN id, ${treesList('n', trees)} AS trees`,
    params: { ids: [...new Set(ids)] },
  };
}

/** One row: the seeded model's `modelHash` and `graphSchemaVersion` (null when never seeded) and `nodeCount`, of the current generation. */
export const modelMetaQuery: CypherQuery = {
  text: `OPTIONAL MATCH (meta:${MODEL_META_LABEL})
CALL (meta) { MATCH (n:${ELEMENT_LABEL}) WHERE n.${GENERATION} = meta.generation RETURN count(n) AS nodeCount }
RETURN meta.modelHash AS modelHash, meta.graphSchemaVersion AS graphSchemaVersion, nodeCount`,
  params: {},
};
