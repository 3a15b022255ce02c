/** The query limits on their own: what they count, through fragments, and what they leave alone. */
import { getIntrospectionQuery, getOperationAST, parse, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costOf, MAX_QUERY_COST } from '../../src/graphql/limits/cost.js';
import { maxAliasesRule } from '../../src/graphql/limits/max-aliases.js';
import { maxDepthRule, MAX_QUERY_DEPTH } from '../../src/graphql/limits/max-depth.js';
import { buildSchema } from '../../src/graphql/schema.js';

const schema = buildSchema();
const messages = (errors: readonly GraphQLError[]) => errors.map((e) => e.message);
const depthErrors = (query: string, limit: number) => messages(validate(schema, parse(query), [maxDepthRule(limit)]));
const aliasErrors = (query: string, limit: number) => messages(validate(schema, parse(query), [maxAliasesRule(limit)]));
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return costOf(schema, document, getOperationAST(document)!, variables);
};

describe('depth limit', () => {
  it('counts nested fields from the root, through fragments and inline fragments', () => {
    const threeDeep = '{ requirement(id: "R") { appliesTo { id } } }';
    expect(depthErrors(threeDeep, 3)).toEqual([]);
    expect(depthErrors(threeDeep, 2)).toEqual(['The query is nested 3 levels deep; the limit is 2. Ask for fewer levels, or split the query.']);
    const viaFragments = '{ node(id: "R") { ... on Requirement { ...Rel } } } fragment Rel on Requirement { appliesTo { requirements { id } } }';
    expect(depthErrors(viaFragments, 3)).toEqual(['The query is nested 4 levels deep; the limit is 3. Ask for fewer levels, or split the query.']);
  });

  it('ignores introspection, so schema tools work', () => {
    expect(depthErrors(getIntrospectionQuery(), MAX_QUERY_DEPTH)).toEqual([]);
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

  it('lets introspection and the user questions through, not nested lists of full pages', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
    expect(cost('{ requirements(first: 200) { edges { node { id appliesTo { id } verifiedBy { id scenario { phase { id } } } } } } }')).toBeLessThanOrEqual(MAX_QUERY_COST);
    expect(cost('{ requirements(first: 200) { edges { node { verifiedBy { verifies { verifiedBy { id } } } } } } }')).toBeGreaterThan(MAX_QUERY_COST);
  });
});
