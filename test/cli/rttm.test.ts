import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx, sheetRows } from '../export/read-xlsx.js';
import { CLI_TIMEOUT, runCli, SMALL_MODEL } from './run-cli.js';

const HEADER = 'Requirement,Name,Requirement text,BRS,Roles,Phases,Status,Execution,Direct test cases,Via interface (TC via IF),Latest results,Example?';

describe('mhhs rttm', { timeout: CLI_TIMEOUT }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-rttm-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes CSV to stdout by default: header, one CRLF record per requirement, statuses per scope', async () => {
    const { code, stdout, stderr } = await runCli(['rttm', '--phase', 'SIT-FUNCTIONAL', '--model', SMALL_MODEL]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\r\n')).toEqual([
      HEADER,
      // The fixture's results: TC-SITF-001-01's latest PASSED, TC-SITF-001-02 BLOCKED.
      'BRS007-FR-001,Send consumption data,The Advanced Data Service shall send consumption data to the Supplier.,BRS007,ADS,SIT-FUNCTIONAL,DIRECT,PASSED,TC-SITF-001-01,TC-SITF-001-01 via IF-021,TC-SITF-001-01 PASSED,yes',
      'BRS007-FR-002,Receive smart consumption data,The Advanced Data Service shall accept smart consumption data from the Meter Data Retriever.,BRS007,ADS,SIT-FUNCTIONAL,VIA_INTERFACE,BLOCKED,,TC-SITF-001-02 via IF-041,TC-SITF-001-02 BLOCKED,yes',
      'BRS007-FR-003,Validate smart consumption data,The Advanced Data Service shall validate smart consumption data before use.,BRS007,ADS; SUPPLIER,,NONE,NO_TEST_CASE,,,,yes',
      'BRS007-FR-004,Request registration,The Supplier shall request registration of a new metering point.,BRS007,SUPPLIER,,NONE,NO_TEST_CASE,,,,yes',
      'BRS007-NFR-001,Retrieval latency,The Meter Data Retriever shall retrieve readings within one hour.,BRS007,MDR,,NONE,NO_TEST_CASE,,,,yes',
      '',
    ]);
  });

  it('renders Markdown with the scope, the table and the totals', async () => {
    const { code, stdout } = await runCli(['rttm', '--phase', 'PIT', '--artefact', 'BRS007', '--format', 'md', '--model', SMALL_MODEL]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('# RTTM: phase PIT (Pre-Integration Testing), artefact BRS007 (Advanced and smart data requirements)');
    expect(lines[2]).toMatch(/^Built from model [0-9a-f]{64}, git commit [0-9a-f]{40}\.$/);
    expect(lines).toContain(
      '| BRS007-FR-001 | Send consumption data | The Advanced Data Service shall send consumption data to the Supplier. | BRS007 | ADS | PIT | VIA_INTERFACE | NOT_RUN |  | TC-PIT-001-02 via IF-021 | TC-PIT-001-02 NOT_RUN | yes |',
    );
    expect(lines).toContain('| BRS007-FR-004 | Request registration | The Supplier shall request registration of a new metering point. | BRS007 | SUPPLIER | PIT | DIRECT | PASSED | TC-PIT-001-01 |  | TC-PIT-001-01 PASSED | yes |');
    expect(lines.at(-3)).toBe(
      '**Requirements**: 5 · **DIRECT**: 1 · **VIA_INTERFACE**: 1 · **NONE**: 3 · **Verified (direct test passed)**: 1 · ' +
        '**Passed via interface only**: 0 · **Failed**: 0 · **Blocked**: 0 · **Not run**: 1 · **Direct coverage %**: 20.0 · ' +
        '**Design coverage % (direct + via interface)**: 40.0 · **Passed %**: 20.0',
    );
    expect(lines.at(-1)).toBe('**Test cases verifying no requirement** (1): TC-PIT-001-02');
  });

  it('renders JSON with rows, statuses and totals for a role', async () => {
    const { code, stdout } = await runCli(['rttm', '--role', 'ADS', '--format', 'json', '--model', SMALL_MODEL]);
    expect(code).toBe(0);
    const matrix = JSON.parse(stdout);
    expect(matrix.scope.role.id).toBe('ADS');
    expect(matrix.rows.map((r: { requirement: { id: string }; status: string }) => [r.requirement.id, r.status])).toEqual([
      ['BRS007-FR-001', 'DIRECT'],
      ['BRS007-FR-002', 'VIA_INTERFACE'],
      ['BRS007-FR-003', 'NONE'],
    ]);
    expect(matrix.totals).toEqual({
      requirements: 3, direct: 1, viaInterface: 1, none: 1,
      passed: 1, passedViaInterface: 0, failed: 0, blocked: 1, notRun: 0,
      directCoveragePercent: 33.3, designCoveragePercent: 66.7, passedPercent: 33.3, coveragePercent: 66.7,
    });
    // TC-SITF-001-02 names its role (MDR): not an orphan of ADS's RTTM.
    expect(matrix.orphanTestCases.map((tc: { id: string }) => tc.id)).toEqual(['TC-PIT-001-02']);
  });

  it('writes an Excel workbook with --out, readable back with its rows, statuses and totals', async () => {
    const out = join(dir, 'rttm.xlsx');
    const { code, stdout, stderr } = await runCli(['rttm', '--format', 'xlsx', '--out', out, '--model', SMALL_MODEL]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`wrote ${out}\n`);
    const workbook = await readXlsx(await readFile(out));
    const rows = sheetRows(workbook.getWorksheet('RTTM')!);
    expect(rows[0]).toEqual(HEADER.split(','));
    expect(rows.slice(1).map((r) => [r[0], r[6], r[7]])).toEqual([
      ['BRS007-FR-001', 'DIRECT', 'PASSED'],
      ['BRS007-FR-002', 'VIA_INTERFACE', 'BLOCKED'],
      ['BRS007-FR-003', 'NONE', 'NO_TEST_CASE'],
      ['BRS007-FR-004', 'DIRECT', 'PASSED'],
      ['BRS007-NFR-001', 'NONE', 'NO_TEST_CASE'],
    ]);
    expect(sheetRows(workbook.getWorksheet('Summary')!)).toEqual([
      ['Scope', 'whole model'],
      ['Model hash', expect.stringMatching(/^[0-9a-f]{64}$/)],
      ['Git commit', expect.stringMatching(/^[0-9a-f]{40}$/)],
      ['Requirements', 5],
      ['DIRECT', 2],
      ['VIA_INTERFACE', 1],
      ['NONE', 2],
      ['Verified (direct test passed)', 2],
      ['Passed via interface only', 0],
      ['Failed', 0],
      ['Blocked', 1],
      ['Not run', 0],
      ['Direct coverage %', 40],
      ['Design coverage % (direct + via interface)', 60],
      ['Passed %', 40],
      ['Uncovered requirements', 'BRS007-FR-003; BRS007-NFR-001'],
      ['Test cases verifying no requirement', 'TC-PIT-001-02; TC-SITF-001-02'],
    ]);
    // The requirement × test case sheet: a row per covering pair, uncovered requirement and orphan.
    const pairs = sheetRows(workbook.getWorksheet('Requirement x Test case')!);
    expect(pairs.slice(1).map((r) => [r[0], r[6], r[9], r[10]])).toEqual([
      ['BRS007-FR-001', 'TC-SITF-001-01', 'DIRECT', 'PASSED'],
      ['BRS007-FR-001', 'TC-PIT-001-02', 'VIA_INTERFACE', 'NOT_RUN'],
      ['BRS007-FR-002', 'TC-SITF-001-02', 'VIA_INTERFACE', 'BLOCKED'],
      ['BRS007-FR-003', '', 'NONE', ''],
      ['BRS007-FR-004', 'TC-PIT-001-01', 'DIRECT', 'PASSED'],
      ['BRS007-NFR-001', '', 'NONE', ''],
      // Orphans carry their latest result.
      ['', 'TC-PIT-001-02', 'NO_REQUIREMENT', 'NOT_RUN'],
      ['', 'TC-SITF-001-02', 'NO_REQUIREMENT', 'BLOCKED'],
    ]);
  });

  it('takes several phases and a participant: a sheet pair per phase, only their results', async () => {
    const out = join(dir, 'rttm-phases.xlsx');
    const args = ['rttm', '--phase', 'PIT', '--phase', 'SIT-FUNCTIONAL', '--participant', 'Acme Energy', '--format', 'xlsx', '--out', out, '--model', SMALL_MODEL];
    expect((await runCli(args)).code).toBe(0);
    const workbook = await readXlsx(await readFile(out));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['RTTM', 'Requirement x Test case', 'RTTM PIT', 'Pairs PIT', 'RTTM SIT-FUNCTIONAL', 'Pairs SIT-FUNCTIONAL', 'Summary']);
    // Acme's latest for TC-PIT-001-01 is its own FAILED (Beta Data's later PASSED does not count).
    const fr004 = sheetRows(workbook.getWorksheet('RTTM PIT')!)[4]!;
    expect([fr004[0], fr004[6], fr004[7]]).toEqual(['BRS007-FR-004', 'DIRECT', 'FAILED']);
    expect(sheetRows(workbook.getWorksheet('Summary')!)[0]).toEqual(['Scope', 'phases PIT (Pre-Integration Testing), SIT-FUNCTIONAL (SIT Functional), participant Acme Energy']);
  });

  it('scopes to an entry interval and to the design at a git ref', async () => {
    const interval = await runCli(['rttm', '--interval', 'SIT-CIT-INTERVAL-1', '--format', 'json']);
    expect(interval.code, interval.stderr).toBe(0);
    const matrix = JSON.parse(interval.stdout);
    expect([matrix.scope.interval.id, matrix.scope.phases.map((p: { id: string }) => p.id)]).toEqual(['SIT-CIT-INTERVAL-1', ['SIT-CIT']]);
    expect(matrix.orphanTestCases.map((tc: { id: string }) => tc.id)).toEqual(['TC-CIT-002-01', 'TC-CIT-002-02']);
    const atHead = await runCli(['rttm', '--phase', 'PIT', '--baseline', 'HEAD', '--format', 'md', '--model', SMALL_MODEL]);
    expect(atHead.code, atHead.stderr).toBe(0);
    expect(atHead.stdout.split('\n')[0]).toMatch(/^# RTTM: phase PIT \(Pre-Integration Testing\), design at HEAD \(commit [0-9a-f]{12}\), today's results$/);
  });

  it('scopes to a design release with its note, and refuses a release as a baseline with how to scope by it', async () => {
    const release = await runCli(['rttm', '--release', 'IR5', '--phase', 'SIT-FUNCTIONAL', '--format', 'md', '--model', SMALL_MODEL]);
    expect(release.code, release.stderr).toBe(0);
    const lines = release.stdout.split('\n');
    expect(lines[0]).toBe('# RTTM: phase SIT-FUNCTIONAL (SIT Functional), design release IR5 (Interim release 5)');
    expect(lines).toContain('> IR5 implements CR023: scoped by the 1 requirement it changes, directly or through an interface or process step');
    const refused = await runCli(['rttm', '--baseline', 'IR5', '--format', 'json']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/BAD_USER_INPUT.*'IR5' is a design release that names no baseline.*--release IR5/s);
  });

  it('writes a text format to the --out file instead of stdout', async () => {
    const out = join(dir, 'rttm.csv');
    const { code, stdout } = await runCli(['rttm', '--out', out, '--model', SMALL_MODEL]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect((await readFile(out, 'utf8')).split('\r\n')[0]).toBe(HEADER);
  });

  it('refuses xlsx without --out as a usage error (exit 2)', async () => {
    const { code, stdout, stderr } = await runCli(['rttm', '--format', 'xlsx', '--model', SMALL_MODEL]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: --format xlsx needs --out FILE/);
  });

  it('refuses an unknown format as a usage error (exit 2)', async () => {
    const { code, stderr } = await runCli(['rttm', '--format', 'pdf', '--model', SMALL_MODEL]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/argument 'pdf' is invalid\. Allowed choices are csv, md, json, xlsx/);
  });
});
