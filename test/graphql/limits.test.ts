/** The query limits on their own: what they count, through fragments, and what they leave alone. */
import { getIntrospectionQuery, getOperationAST, parse, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costOf, MAX_INTROSPECTION_COST, MAX_QUERY_COST } from '../../src/graphql/limits/cost.js';
import { documentSizeError, MAX_NESTING, MAX_TOKENS } from '../../src/graphql/limits/document-size.js';
import { maxAliasesRule } from '../../src/graphql/limits/max-aliases.js';
import { maxDepthRule, MAX_INTROSPECTION_DEPTH, MAX_QUERY_DEPTH } from '../../src/graphql/limits/max-depth.js';
import { maxIntrospectionsRule } from '../../src/graphql/limits/max-introspections.js';
import { buildSchema } from '../../src/graphql/schema.js';

const schema = buildSchema();
const messages = (errors: readonly GraphQLError[]) => errors.map((e) => e.message);
const depthErrors = (query: string, limit: number) => messages(validate(schema, parse(query), [maxDepthRule(limit)]));
const aliasErrors = (query: string, limit: number) => messages(validate(schema, parse(query), [maxAliasesRule(limit)]));
const introspectionErrors = (query: string) => messages(validate(schema, parse(query), [maxIntrospectionsRule()]));
const fullCost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return costOf(schema, document, getOperationAST(document)!, variables);
};
const cost = (query: string, variables: Record<string, unknown> = {}) => fullCost(query, variables).data;
/** What schema tools send with every option on (GraphiQL asks for most of them). */
const FULL_INTROSPECTION = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });

describe('depth limit', () => {
  it('counts nested fields from the root, through fragments and inline fragments', () => {
    const threeDeep = '{ requirement(id: "R") { appliesTo { id } } }';
    expect(depthErrors(threeDeep, 3)).toEqual([]);
    expect(depthErrors(threeDeep, 2)).toEqual(['The query is nested 3 levels deep; the limit is 2. Ask for fewer levels, or split the query.']);
    const viaFragments = '{ node(id: "R") { ... on Requirement { ...Rel } } } fragment Rel on Requirement { appliesTo { requirements { id } } }';
    expect(depthErrors(viaFragments, 3)).toEqual(['The query is nested 4 levels deep; the limit is 3. Ask for fewer levels, or split the query.']);
  });

  it('counts introspection against a limit that lets the standard introspection query through', () => {
    expect(depthErrors(FULL_INTROSPECTION, MAX_QUERY_DEPTH)).toEqual([]);
    const rule = (query: string) => messages(validate(schema, parse(query), [maxDepthRule(MAX_QUERY_DEPTH, MAX_INTROSPECTION_DEPTH)]));
    const nest = (levels: number) => `{ __type(name: "Requirement") { ${'fields { type { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;
    expect(rule(nest(6))).toEqual([]); // 1 + 2 × 6 + 1 = 14
    expect(rule(nest(7))).toEqual(['The introspection query is nested 16 levels deep; the limit is 15. Ask for fewer levels, or split the query.']);
  });

  it('counts __typename like any field', () => {
    expect(depthErrors('{ requirement(id: "R") { appliesTo { __typename } } }', 2)).toEqual([
      'The query is nested 3 levels deep; the limit is 2. Ask for fewer levels, or split the query.',
    ]);
  });
});

describe('alias limit', () => {
  it('counts aliases once per fragment spread', () => {
    const query = '{ a: node(id: "A") { ...F } b: node(id: "B") { ...F } } fragment F on Node { x: id y: name }';
    expect(aliasErrors(query, 6)).toEqual([]);
    expect(aliasErrors(query, 5)).toEqual(['The query uses 6 aliases; the limit is 5.']);
  });

  it('measures fragments that multiply each other without walking every expansion', () => {
    // F0 holds one alias; each Fi spreads F(i-1) twice, so F40 stands for 2^40 aliased fields.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Node { ...F${i} ...F${i} }`).join(' ');
    const query = `{ node(id: "A") { ...F40 } } fragment F0 on Node { a: id } ${fragments}`;
    const started = performance.now();
    expect(aliasErrors(query, 30)).toEqual([`The query uses ${2 ** 40} aliases; the limit is 30.`]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('introspection limit', () => {
  it('allows one __schema or __type per operation, however it is spelled', () => {
    expect(introspectionErrors(FULL_INTROSPECTION)).toEqual([]);
    expect(introspectionErrors('{ a: __schema { queryType { name } } b: __schema { queryType { name } } }')).toEqual([
      'The query introspects the schema 2 times (__schema, __type); the limit is 1.',
    ]);
    expect(introspectionErrors('{ ...S ...S } fragment S on Query { __type(name: "Role") { name } }')).toEqual([
      'The query introspects the schema 2 times (__schema, __type); the limit is 1.',
    ]);
  });

  it('counts aliases of introspection fields', () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(aliasErrors(`{ ${aliases} }`, 30)).toEqual(['The query uses 31 aliases; the limit is 30.']);
  });
});

describe('document size', () => {
  it('rejects a document nested 10,000 deep with QUERY_TOO_COMPLEX, not a stack overflow', () => {
    const deep = `{ ${'node(id: "A") { '.repeat(10_000)}id${' }'.repeat(10_000)} }`;
    const error = documentSizeError(deep);
    expect(error?.message).toBe(`The query nests brackets more than ${MAX_NESTING} deep; the limit is ${MAX_NESTING}.`);
    expect(error?.originalError).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    const deepList = `{ node(id: ${'['.repeat(3_000)}"A"${']'.repeat(3_000)}) { id } }`;
    expect(documentSizeError(deepList)?.message).toBe(`The query nests brackets more than ${MAX_NESTING} deep; the limit is ${MAX_NESTING}.`);
  });

  it('rejects a document of more tokens than the parser is allowed, however flat', () => {
    const long = `{ node(id: "A") { ${'id '.repeat(MAX_TOKENS)}} }`;
    expect(documentSizeError(long)?.message).toBe(`The query has more than ${MAX_TOKENS} tokens; the limit is ${MAX_TOKENS}. Split it, or ask for fewer fields.`);
  });

  it('lets the introspection query and text that does not lex through (parsing reports the latter)', () => {
    expect(documentSizeError(FULL_INTROSPECTION)).toBeNull();
    expect(documentSizeError('{ node(id: "unterminated) { id } }')).toBeNull();
  });
});

describe('cost estimate', () => {
  it('multiplies a connection by first and other lists by an assumed length', () => {
    // requirements: 1 + first × (edges: 1 + 1 × (node: 1 + id 1))
    expect(cost('{ requirements(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * 3);
    expect(cost('query ($n: Int!) { requirements(first: $n) { edges { node { id } } } }', { n: 20 })).toBe(1 + 20 * 3);
    // requirement: 1 + (appliesTo: 1 + 10 × id)
    expect(cost('{ requirement(id: "R") { appliesTo { id } } }')).toBe(1 + 1 + 10);
  });

  it('caps first at the largest page, which the resolver itself rejects beyond', () => {
    expect(cost('{ requirements(first: 100000) { edges { node { id } } } }')).toBe(cost('{ requirements(first: 200) { edges { node { id } } } }'));
  });

  it('estimates introspection against its own budget: the full introspection query fits, multiplying nests do not', () => {
    const full = fullCost(FULL_INTROSPECTION);
    expect(full.data).toBe(0);
    expect(full.introspection).toBeGreaterThan(MAX_QUERY_COST);
    expect(full.introspection).toBeLessThanOrEqual(MAX_INTROSPECTION_COST);
    expect(fullCost(`{ __type(name: "Query") { ${'fields { type { '.repeat(4)}fields { name }${' } }'.repeat(4)} } }`).introspection).toBeGreaterThan(MAX_INTROSPECTION_COST);
  });

  it('lets the user questions through, not nested lists of full pages', () => {
    expect(cost('{ requirements(first: 200) { edges { node { id appliesTo { id } verifiedBy { id scenario { phase { id } } } } } } }')).toBeLessThanOrEqual(MAX_QUERY_COST);
    expect(cost('{ requirements(first: 200) { edges { node { verifiedBy { verifies { verifiedBy { id } } } } } } }')).toBeGreaterThan(MAX_QUERY_COST);
  });
});
