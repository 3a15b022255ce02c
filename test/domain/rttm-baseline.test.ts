/**
 * The RTTM of a design version: the design as it stood at a design release or git ref, read from
 * a real git repository's objects, with today's results — and the Summary's model identity is
 * the baseline's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rttm } from '../../src/domain/results.js';
import { rttmAt } from '../../src/domain/rttm-at.js';
import { BadInputError } from '../../src/errors.js';
import { ModelHistory } from '../../src/model/history.js';
import { loadModel } from '../../src/model/load.js';
import { BASELINE, scopedStore } from '../../src/store/design-scope.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { GraphStore } from '../../src/store/port.js';
import { GitFixture } from '../support/git-fixture.js';
import { sharedModel } from '../support/models.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';

const VERIFIES_FR_001 = '    verifies: [BRS007-FR-001]\n    exercises: [IF-021]\n    example: Verifies BRS007-FR-001.';
const TODAYS_RESULT = `testResults:
  - id: TR-SIT-F-C2-001
    name: TC-SITF-001-02 PASSED
    testCase: TC-SITF-001-02
    outcome: PASSED
    run: SIT-F-C2
    executedAt: "2024-04-02T09:00:00Z"
    example: Today's re-run of the blocked test passes.
`;

const rows = (matrix: Rttm) => matrix.rows.slice(0, 2).map((row) => `${row.requirement.id} ${row.status} ${row.execution}`);

describe('RTTM at a design baseline, with today\'s results', () => {
  let repo: GitFixture;
  let ir1: string;
  let store: GraphStore;
  let history: ModelHistory;
  beforeAll(async () => {
    repo = await GitFixture.create();
    // At ir1 no test case verifies FR-001 yet: TC-SITF-001-01 only exercises IF-021.
    await repo.edit('testing.yaml', VERIFIES_FR_001, '    exercises: [IF-021]\n    example: Exercises IF-021 only, at ir1.');
    ir1 = repo.commit('ir1: the design as baselined', 'ir1');
    // Since: TC-SITF-001-01 verifies FR-001; IR5 names ir1 as its baseline; a new result of TC-SITF-001-02.
    await repo.edit('testing.yaml', '    exercises: [IF-021]\n    example: Exercises IF-021 only, at ir1.', VERIFIES_FR_001);
    await repo.edit('change-control.yaml', '    name: Interim release 5\n', '    name: Interim release 5\n    baseline: ir1\n');
    await repo.write('results/SIT-F-C2.yaml', TODAYS_RESULT);
    repo.commit('today');
    store = scopedStore(createMemoryStore(await loadModel(repo.modelDir)), BASELINE);
    history = new ModelHistory(repo.modelDir);
  });
  afterAll(() => repo.remove());

  it("builds the rows on the baseline's design and their execution on today's results", async () => {
    const today = await rttmAt(store, history, { phase: 'SIT-FUNCTIONAL' });
    // Today: FR-001 is verified directly; TC-SITF-001-02's latest is today's PASSED (it was BLOCKED).
    expect(rows(today)).toEqual(['BRS007-FR-001 DIRECT PASSED', 'BRS007-FR-002 VIA_INTERFACE PASSED']);
    expect(today.scope.baseline).toBeNull();

    const atIr1 = await rttmAt(store, history, { phase: 'SIT-FUNCTIONAL', baseline: 'ir1' });
    // At ir1 FR-001 is covered only through IF-021; the results are today's, not those committed at ir1.
    expect(rows(atIr1)).toEqual(['BRS007-FR-001 VIA_INTERFACE PASSED', 'BRS007-FR-002 VIA_INTERFACE PASSED']);
    expect(atIr1.rows[1]!.executions.map((e) => e.latestResult?.id)).toEqual(['TR-SIT-F-C2-001']);
    expect(atIr1.totals).toMatchObject({ direct: 0, viaInterface: 2, passed: 0, passedViaInterface: 2, directCoveragePercent: 0 });
    expect(atIr1.scope.baseline).toEqual({ asked: 'ir1', ref: 'ir1', commit: ir1 });
    // The design it was built on is the baseline's.
    expect(atIr1.model.gitCommit).toBe(ir1);
    expect(atIr1.model.modelHash).toBe((await history.modelAt(ir1, 'ir1')).hash);
    expect(atIr1.model.modelHash).not.toBe(today.model.modelHash);
  });

  it('takes a design release by its baseline ref', async () => {
    const release = await rttmAt(store, history, { phase: 'SIT-FUNCTIONAL', baseline: 'IR5' });
    expect(release.scope.baseline).toEqual({ asked: 'IR5', ref: 'ir1', commit: ir1 });
    expect(rows(release)).toEqual(['BRS007-FR-001 VIA_INTERFACE PASSED', 'BRS007-FR-002 VIA_INTERFACE PASSED']);
  });

  it('refuses a design release that names no baseline, saying what a baseline is and how to scope by the release', async () => {
    // The fixture as shipped: IR5 names no baseline, and the repository has no ref called IR5.
    const unbaselined = scopedStore(createMemoryStore(await sharedModel(SMALL_MODEL_DIR)), BASELINE);
    const refused = rttmAt(unbaselined, history, { phase: 'SIT-FUNCTIONAL', baseline: 'IR5' });
    await expect(refused).rejects.toThrow(BadInputError);
    await expect(refused).rejects.toThrow(/'IR5' is a design release that names no baseline.*A baseline is a version of the design in git.*`baseline: <git ref>`.*rttm\(release: "IR5"\).*--release IR5/);
    // The release scope it points to answers.
    expect((await rttmAt(unbaselined, history, { phase: 'SIT-FUNCTIONAL', release: 'IR5' })).scope.release?.id).toBe('IR5');
  });

  it('rejects a version that names nothing', async () => {
    await expect(rttmAt(store, history, { baseline: 'no-such-ref' })).rejects.toThrow(BadInputError);
    await expect(rttmAt(store, history, { baseline: ' ' })).rejects.toThrow(BadInputError);
  });
});
