/**
 * A walk's statement reads what its rules take, not what the elements it meets could fan out to:
 * under PROFILE, a trace through a role costs about the same db hits however many requirements apply to
 * the role, because a role reached sideways only climbs (trace-rules.ts) and the statement only
 * expands, for each element, the hops of its own rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceHopsFrom } from '../../src/domain/trace-rules.js';
import type { DesignModel, ModelEdge, ModelNode } from '../../src/model/design-model.js';
import { loadModel } from '../../src/model/load.js';
import { reachQuery } from '../../src/store/neo4j/reach-query.js';
import type { Neo4jStore } from '../../src/store/neo4j/store.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { neo4jConfig, seededNeo4jStore, withDriver } from '../support/neo4j.js';

/** The small model plus `n` requirements that apply to ADS and to nothing else. */
function withRequirementsOfAds(model: DesignModel, n: number): DesignModel {
  const location = { file: 'grown', line: 1, col: 1 };
  const provenance = { state: 'EXAMPLE', note: 'grown', inherited: true } as const;
  const nodes: ModelNode[] = [];
  const edges: ModelEdge[] = [];
  for (let i = 0; i < n; i++) {
    const id = `BRS999-FR-${1000 + i}`;
    nodes.push({ id, kind: 'Requirement', props: { name: id, text: 'Grown.', category: 'FUNCTIONAL', example: 'grown' }, location });
    edges.push({ type: 'APPLIES_TO', from: id, to: 'ADS', provenance });
  }
  return { nodes: [...model.nodes, ...nodes], edges: [...model.edges, ...edges], hash: `${model.hash}+ads${n}` };
}

type Plan = { dbHits: number; children: Plan[] };
const dbHitsOf = (plan: Plan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + dbHitsOf(child), 0);

describe('a walk statement on a role with many requirements', () => {
  let small: DesignModel;
  let store: Neo4jStore | undefined;
  beforeAll(async () => {
    small = await loadModel(SMALL_MODEL_DIR);
  });
  afterAll(() => store?.close());

  /** db hits of the trace's reach from a requirement of ADS at depth 2, on `model`, and what it reached. */
  async function profiled(model: DesignModel): Promise<{ dbHits: number; reached: number }> {
    await store?.close();
    store = await seededNeo4jStore(model);
    const request = { start: ['BRS007-FR-001'], maxDepth: 2, hopsFrom: traceHopsFrom };
    const reached = (await store.reach(request)).nodes.size;
    const query = reachQuery(request);
    const dbHits = await withDriver(async (driver) => {
      const { summary } = await driver.executeQuery(`PROFILE ${query.text}`, query.params, { database: neo4jConfig().database });
      return dbHitsOf(summary.profile as unknown as Plan);
    });
    return { dbHits, reached };
  }

  it('costs about the same db hits with 300 more requirements applying to the role', async () => {
    const base = await profiled(small);
    const grown = await profiled(withRequirementsOfAds(small, 300));
    expect(small.edges.some((e) => e.type === 'APPLIES_TO' && e.from === 'BRS007-FR-001' && e.to === 'ADS')).toBe(true);
    // The walk meets ADS and does not fan out from it: the grown requirements are not reached.
    expect(grown.reached).toBe(base.reached);
    // A few more for ADS's relationship groups (it became a dense node); fanning out would be ≥ 300.
    expect(grown.dbHits).toBeLessThan(base.dbHits + 100);
  });
});
