/**
 * Interfaces carry the design tranche they were issued in and their Tranche 1 review-comment
 * count (paper 003), as fields the API answers and filters on — not as prose in the description.
 */
import { graphql } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/graphql/context.js';
import { buildSchema } from '../../src/graphql/schema.js';
import { silentLogger } from '../../src/log.js';
import { shippedModel } from '../support/models.js';
import { createMemoryStore } from '../../src/store/memory.js';

const schema = buildSchema();

describe('Interface tranche and review comments', () => {
  let context: ApiContext;
  const query = async (source: string) => {
    const result = await graphql({ schema, source, contextValue: context });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  };

  beforeAll(async () => {
    context = { store: createMemoryStore(await shippedModel()), logger: silentLogger };
  });

  it('are answered for an interface, null where the papers give none', async () => {
    const data = await query(`{
      reviewed: interface(id: "IF-005") { tranche reviewComments }
      tranche2: interface(id: "IF-031") { tranche reviewComments }
      inPassing: interface(id: "IF-019") { tranche reviewComments }
    }`);
    expect(data).toEqual({
      reviewed: { tranche: 1, reviewComments: 55 },
      tranche2: { tranche: 2, reviewComments: null },
      inPassing: { tranche: null, reviewComments: null },
    });
  });

  it('filter the interfaces list, with the tranches paper 003 lists', async () => {
    const data = await query(`{
      tranche1: interfaces(first: 50, where: {tranche: 1}) { totalCount edges { node { id } } }
      tranche2: interfaces(first: 50, where: {tranche: 2}) { totalCount }
    }`);
    expect(data.tranche1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      'IF-005', 'IF-006', 'IF-007', 'IF-008', 'IF-009', 'IF-018', 'IF-021',
      'IF-022', 'IF-023', 'IF-024', 'IF-025', 'IF-026', 'IF-041',
    ]);
    expect(data.tranche2.totalCount).toBe(11);
  });
});
