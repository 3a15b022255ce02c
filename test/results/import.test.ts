/**
 * `mhhs results import` on a copy of test/fixtures/small-model, with the reports in
 * test/fixtures/results: a JUnit file (a failure, an error, a skipped case, a test case run twice,
 * a requirement property), a CSV export (a run twice, a blocked case, extra columns), and broken
 * reports (unknown ids, a testcase without an id, a requirement the test case does not verify,
 * an unknown outcome) that must be reported at file:line:col with nothing written.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rttm } from '../../src/domain/rttm.js';
import { loadModel } from '../../src/model/load.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { runCli, SMALL_MODEL } from '../cli/run-cli.js';

const REPORTS = 'test/fixtures/results';

describe('mhhs results import', () => {
  let model: string;
  beforeEach(async () => {
    model = join(await mkdtemp(join(tmpdir(), 'mhhs-results-')), 'model');
    await cp(SMALL_MODEL, model, { recursive: true });
  });
  afterEach(async () => {
    await rm(join(model, '..'), { recursive: true, force: true });
  });

  const runFiles = async () => (await readdir(join(model, 'results'))).sort();

  it('writes a JUnit report as a reviewed run file: outcomes, ids in a stable order, where each came from', async () => {
    const { code, stdout, stderr } = await runCli(['results', 'import', `${REPORTS}/sit-f-c2.junit.xml`, '--model', model]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote .*results\/SIT-F-C2\.yaml: run SIT-F-C2, 4 results of 3 test cases \(PASSED 1, FAILED 2, SKIPPED 1\)\n$/);
    const text = await readFile(join(model, 'results', 'SIT-F-C2.yaml'), 'utf8');
    expect(text.split('\n').slice(1, 4)).toEqual([
      '# Test results of run SIT-F-C2: 4 executions, written by `mhhs results import test/fixtures/results/sit-f-c2.junit.xml` from',
      expect.stringMatching(/^# {3}test\/fixtures\/results\/sit-f-c2\.junit\.xml \(JUnit XML, sha256 [0-9a-f]{16}\)$/),
      '# Review before committing: each result says the report line it was read from (recordedFrom).',
    ]);
    // By test case, then time: the error (TC-PIT-001-01), TC-SITF-001-01's failure then its re-run, the skip.
    const loaded = await loadModel(model);
    const results = loaded.nodes.filter((n) => n.kind === 'TestResult' && n.props.run === 'SIT-F-C2');
    expect(results.map((n) => [n.id, n.props.name, n.props.executedAt, n.props.recordedFrom])).toEqual([
      ['TR-SIT-F-C2-001', 'TC-PIT-001-01 FAILED', '2024-03-19T09:00:00Z', 'test/fixtures/results/sit-f-c2.junit.xml:24'],
      ['TR-SIT-F-C2-002', 'TC-SITF-001-01 FAILED', '2024-03-18T09:00:00Z', 'test/fixtures/results/sit-f-c2.junit.xml:9'],
      ['TR-SIT-F-C2-003', 'TC-SITF-001-01 PASSED', '2024-03-18T15:00:00Z', 'test/fixtures/results/sit-f-c2.junit.xml:15'],
      ['TR-SIT-F-C2-004', 'TC-SITF-001-02 SKIPPED', '2024-03-18T09:00:00Z', 'test/fixtures/results/sit-f-c2.junit.xml:16'],
    ]);
    // The id from the classname (re-run) and from the testcase property; suite properties inherited.
    expect(results[1]!.props).toMatchObject({ participant: 'Acme Energy', defect: 'DEF-301', message: 'IF-021 not delivered within 5 minutes' });
    expect(results[3]!.props).toMatchObject({ participant: 'Acme Energy', message: 'MDR simulator not available' });
    expect(results[0]!.props.participant).toBeUndefined();
    expect(loaded.edges).toContainEqual(expect.objectContaining({ type: 'RESULT_OF', from: 'TR-SIT-F-C2-001', to: 'TC-PIT-001-01' }));
  });

  it('feeds the RTTM: the latest execution wins and the history is kept', async () => {
    await runCli(['results', 'import', `${REPORTS}/sit-f-c2.junit.xml`, '--model', model]);
    const store = createMemoryStore(await loadModel(model));
    const sitf = await rttm(store, { phase: 'SIT-FUNCTIONAL' });
    // TC-SITF-001-01: fixture FAILED 03-12, PASSED 03-14; imported FAILED 03-18 09:00, PASSED 03-18 15:00.
    expect(sitf.rows[0]!.executions[0]!.latestResult?.id).toBe('TR-SIT-F-C2-003');
    expect(sitf.rows[0]!.execution).toBe('PASSED');
    // TC-SITF-001-02's SKIPPED (03-18) is later than its BLOCKED (03-14): not run.
    expect(sitf.rows[1]!.execution).toBe('NOT_RUN');
    // TC-PIT-001-01's error (03-19) is its latest: FR-004 fails.
    const pit = await rttm(store, { phase: 'PIT' });
    expect(pit.rows[3]).toMatchObject({ execution: 'FAILED' });
    const history = (await store.neighbours(['TC-SITF-001-01'], [{ type: 'RESULT_OF', direction: 'IN' }]))[0]!.map((n) => n.id);
    expect(history).toEqual(['TR-SIT-F-C1-001', 'TR-SIT-F-C1-002', 'TR-SIT-F-C2-002', 'TR-SIT-F-C2-003']);
  });

  it('reads a CSV export by its documented columns, ignoring the others, with options filling what it lacks', async () => {
    const { code, stdout } = await runCli(['results', 'import', `${REPORTS}/pit-c2.csv`, '--run', 'PIT-C2', '--participant', 'Ignored Ltd', '--model', model]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/run PIT-C2, 4 results of 3 test cases \(PASSED 2, FAILED 1, BLOCKED 1\)/);
    const results = (await loadModel(model)).nodes.filter((n) => n.props.run === 'PIT-C2');
    expect(results.map((n) => [n.id, n.props.name, n.props.recordedFrom])).toEqual([
      ['TR-PIT-C2-001', 'TC-PIT-001-01 PASSED', 'test/fixtures/results/pit-c2.csv:2'],
      ['TR-PIT-C2-002', 'TC-PIT-001-02 FAILED', 'test/fixtures/results/pit-c2.csv:3'],
      ['TR-PIT-C2-003', 'TC-PIT-001-02 PASSED', 'test/fixtures/results/pit-c2.csv:4'],
      ['TR-PIT-C2-004', 'TC-SITF-001-02 BLOCKED', 'test/fixtures/results/pit-c2.csv:5'],
    ]);
    // The CSV's own participant column wins over --participant.
    expect(results[1]!.props).toMatchObject({ participant: 'Beta Data', environment: 'PIT-BETA', defect: 'DEF-401', message: 'IF-021 rejected: "bad MPAN"' });
  });

  it('reports every unknown id and bad row at the report file:line:col and writes nothing', async () => {
    const { code, stdout, stderr } = await runCli(['results', 'import', `${REPORTS}/unknown-id.junit.xml`, `${REPORTS}/bad.csv`, '--run', 'BROKEN', '--model', model]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      'error [INVALID_MODEL]: The import (nothing was written) is invalid (5 problems):',
      "test/fixtures/results/bad.csv:3:1  test case 'TC-PIT-009-01' does not exist in the model; did you mean 'TC-PIT-001-01'?",
      "test/fixtures/results/bad.csv:4:2  outcome 'Exploded' is not one of PASSED, FAILED, BLOCKED, NOT_RUN, SKIPPED (or PASS, FAIL, SKIP)",
      "test/fixtures/results/unknown-id.junit.xml:4:3  test case 'TC-SITF-001-09' does not exist in the model; did you mean 'TC-SITF-001-01'?",
      `test/fixtures/results/unknown-id.junit.xml:5:3  testcase 'no id at all' names no test case: give it a name or classname with the TC-… id, or <property name="testcase" value="TC-…"/>`,
      "test/fixtures/results/unknown-id.junit.xml:6:3  the report says TC-SITF-001-02 verifies 'BRS007-FR-002', but in the model it does not (add it to the test case's verifies, or correct the report)",
    ]);
    expect(await runFiles()).toEqual(['PIT-C1.yaml', 'SIT-F-C1.yaml']);
  });

  it('refuses to overwrite a run without --replace, and needs a time for every execution', async () => {
    expect((await runCli(['results', 'import', `${REPORTS}/pit-c2.csv`, '--model', model])).code).toBe(0);
    const again = await runCli(['results', 'import', `${REPORTS}/pit-c2.csv`, '--model', model]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/PIT-C2\.yaml exists: run PIT-C2 was imported before; give --replace/);
    expect((await runCli(['results', 'import', `${REPORTS}/pit-c2.csv`, '--replace', '--model', model])).code).toBe(0);
    const untimed = await runCli(['results', 'import', `${REPORTS}/untimed.junit.xml`, '--model', model]);
    expect(untimed.code).toBe(1);
    expect(untimed.stderr).toContain("test/fixtures/results/untimed.junit.xml:3:3  no execution time for TC-PIT-001-02: the report gives no timestamp; pass --executed-at");
    const timed = await runCli(['results', 'import', `${REPORTS}/untimed.junit.xml`, '--executed-at', '2024-02-01', '--run', 'PIT-C3', '--model', model]);
    expect(timed.code).toBe(0);
    expect(await runFiles()).toEqual(['PIT-C1.yaml', 'PIT-C2.yaml', 'PIT-C3.yaml', 'SIT-F-C1.yaml']);
    await expect(runCli(['results', 'import', `${REPORTS}/untimed.junit.xml`, '--run', 'lower case', '--model', model])).resolves.toMatchObject({ code: 2 });
  });
});
