import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/model/fingerprint.js';
import { loadModel } from '../../src/model/load.js';
import { defineChangeControlContract } from '../contract/change-control.contract.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { neo4jStoreFactory, seededNeo4jStore, withDriver } from '../support/neo4j.js';

defineChangeControlContract(neo4jStoreFactory);

describe('fingerprints in Neo4j', () => {
  it('are seeded as a property of every node, equal to the ones the API computes', async () => {
    const model = await loadModel(SMALL_MODEL_DIR);
    const store = await seededNeo4jStore(model);
    await store.close();
    const stored = await withDriver(async (driver) => {
      const { records } = await driver.executeQuery('MATCH (n:Node) RETURN n.id AS id, n.fingerprint AS fingerprint ORDER BY id');
      return records.map((r) => `${r.get('id')} ${r.get('fingerprint')}`);
    });
    expect(stored).toEqual(model.nodes.map((node) => `${node.id} ${fingerprintOf(node)}`));
  });
});
