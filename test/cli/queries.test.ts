import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx, sheetRows } from '../export/read-xlsx.js';
import { CLI_TIMEOUT, runCli, SMALL_MODEL } from './run-cli.js';

const M = ['--model', SMALL_MODEL];

describe('mhhs impact', { timeout: CLI_TIMEOUT }, () => {
  it('assesses a change request: its facts and links, each impacted element with its sentence, the summaries', async () => {
    const { code, stdout, stderr } = await runCli(['impact', 'CR023', ...M]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Impact assessment of CR023 (Standardisation of consumption data)');
    expect(lines).toContain('Release: IR5 Interim release 5');
    expect(lines).toContain('Impacted elements: 17');
    expect(lines).toContain('  IF-021  Consumption data [example]  — link: inferred: from the CR title');
    expect(lines).toContain(
      '  Requirement BRS007-FR-003  Validate smart consumption data [example]: BRS007-FR-003 is derived from BRS007-FR-002, which is derived from BRS007-FR-001, which is realised by IF-021, which CR023 changes',
    );
    expect(lines).toContain('  CR027 Network charge billing message: shares BRS007-FR-001');
    expect(stdout).toMatch(/\nGit commit: ([0-9a-f]{40}|not in a git repository)\n/);
  });

  it('writes the assessment as a workbook with a sheet per summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mhhs-assessment-'));
    const out = join(dir, 'cr023.xlsx');
    const { code } = await runCli(['impact', 'CR023', '--format', 'xlsx', '--out', out, ...M]);
    expect(code).toBe(0);
    const workbook = await readXlsx(await readFile(out));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary', 'Impacted', 'Changes', 'By artefact', 'By role', 'By constituency', 'By test phase', 'By industry code', 'Overlapping CRs', 'Warnings',
    ]);
    const impacted = sheetRows(workbook.getWorksheet('Impacted')!);
    expect(impacted[0]).toEqual(['Kind', 'Id', 'Name', 'Depth', 'Why']);
    expect(impacted[3]).toEqual(['Requirement', 'BRS007-FR-001', 'Send consumption data [example]', '1', 'BRS007-FR-001 is realised by IF-021, which CR023 changes']);
    expect(impacted).toHaveLength(18);
    expect(sheetRows(workbook.getWorksheet('By role')!)).toEqual([
      ['Role', 'Name', 'Elements', 'Ids'],
      ['ADS', 'Advanced Data Service', '6', 'ADS, BRS007-FR-001, BRS007-FR-002, BRS007-FR-003, IF-021, MHHSP-BP001-S03'],
      ['SUPPLIER', 'Supplier', '3', 'BRS007-FR-003, IF-021, SUPPLIER'],
    ]);
    expect(sheetRows(workbook.getWorksheet('By constituency')!)).toEqual([['Constituency', 'Processes', 'Ids'], ['Agents', '1', 'MHHSP-BP001'], ['Suppliers', '1', 'MHHSP-BP001']]);
    expect(sheetRows(workbook.getWorksheet('Overlapping CRs')!)).toEqual([
      ['Change request', 'Name', 'Shared elements', 'Ids'],
      ['CR027', 'Network charge billing message', '1', 'BRS007-FR-001'],
    ]);
    expect(sheetRows(workbook.getWorksheet('Changes')!)[1]).toEqual(['IF-021', 'Consumption data', 'inferred: from the CR title', '']);
    expect(sheetRows(workbook.getWorksheet('Summary')!)[1]).toEqual(['Change request', 'CR023 Standardisation of consumption data']);
    await rm(dir, { recursive: true, force: true });
  });

  it('assesses changed elements, bounded by --max-depth, as JSON', async () => {
    const { code, stdout } = await runCli(['impact', 'IF-021', 'IF-041', '--max-depth', '1', '--format', 'json', ...M]);
    expect(code).toBe(0);
    const impact = JSON.parse(stdout);
    expect(impact.changeRequest).toBeNull();
    expect(impact.changed.map((n: { id: string }) => n.id)).toEqual(['IF-021', 'IF-041']);
    expect(impact.maxDepth).toBe(1);
    expect(impact.impacted.every((r: { depth: number }) => r.depth === 1)).toBe(true);
    expect(impact.impacted.map((r: { node: { id: string } }) => r.node.id)).toContain('BRS007-FR-002');
  });

  it('renders Markdown sections per kind', async () => {
    const { code, stdout } = await runCli(['impact', 'IF-041', '--max-depth', '1', '--format', 'md', ...M]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Impact of IF-041: \d+ elements impacted within depth 1\n/);
    expect(stdout).toContain('| BRS007-FR-002 | Receive smart consumption data [example] | 1 | `IF-041 <-[:REALISED_BY]- BRS007-FR-002` |');
  });
});

describe('mhhs trace', { timeout: CLI_TIMEOUT }, () => {
  it('lists the reachable elements of the kind, nearest first, with paths', async () => {
    const { code, stdout } = await runCli(['trace', 'BRS007-FR-001', '--to', 'TestCase', ...M]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Trace from BRS007-FR-001 (Send consumption data) to TestCase: 3 reached within depth 4',
        '  TC-SITF-001-01  Consumption data reaches the Supplier [example]  (depth 1)',
        '      BRS007-FR-001 <-[:VERIFIES]- TC-SITF-001-01',
        '  TC-PIT-001-02  Consumption data message is well formed [example]  (depth 2)',
        '      BRS007-FR-001 -[:REALISED_BY]-> IF-021 <-[:EXERCISES]- TC-PIT-001-02',
        '  TC-SITF-001-02  Smart consumption data reaches ADS [example]  (depth 3)',
        '      BRS007-FR-001 <-[:DERIVES_FROM]- BRS007-FR-002 -[:REALISED_BY]-> IF-041 <-[:EXERCISES]- TC-SITF-001-02',
        '',
      ].join('\n'),
    );
  });
});

describe('mhhs role and mhhs codes', { timeout: CLI_TIMEOUT }, () => {
  it('shows what a role sends, receives and must pass, by phase', async () => {
    const { code, stdout } = await runCli(['role', 'ADS', '--phase', 'PIT', ...M]);
    expect(code).toBe(0);
    expect(stdout).toContain('Sends (1)\n  IF-021  Consumption data [example]\n      because ADS <-[:FROM]- IF-021\n');
    expect(stdout).toContain('Receives (2)\n  IF-031  Appointment notification [example]\n  IF-041  Smart consumption data [example]\n');
    expect(stdout).toContain('Must pass, by test phase (1)\n  PIT  Pre-Integration Testing [example] (1)\n    NOT_RUN  TC-PIT-001-02');
    expect(stdout).not.toContain('SIT-FUNCTIONAL');
  });

  it('answers the design with a change request\'s proposals only with --with-cr', async () => {
    const withCr = await runCli(['role', 'ADS', '--with-cr', 'CR027', ...M]);
    expect(withCr.code).toBe(0);
    expect(withCr.stdout).toContain(
      'Sends (2)\n  IF-021  Consumption data [example]\n      because ADS <-[:FROM]- IF-021\n      because ADS <-[:PERFORMED_BY]- MHHSP-BP001-S03 -[:SENDS]-> IF-021\n' +
        '  IF-050  Network charge billing message [example] [proposed: ADD by CR027 (the new billing message)]\n      because ADS <-[:FROM]- IF-050\n',
    );
    const unknown = await runCli(['role', 'ADS', '--with-cr', 'CR999', ...M]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("error [NOT_FOUND]: ChangeRequest 'CR999' does not exist in the model");
  });

  it('traces a code to requirements with the gaps both ways', async () => {
    const { code, stdout } = await runCli(['codes', '--code', 'BSC', ...M]);
    expect(code).toBe(0);
    expect(stdout).toContain('  BSC-C-3.2  Provision of consumption data [example] (1)\n    BRS007-FR-001  Send consumption data [example]\n');
    expect(stdout).toContain('Requirements without a clause (4)\n');
    expect(stdout).toContain('Clauses codifying no requirement (1)\n  BSC-C-3.3  Retention of consumption data [example] [proposed: REMOVE by CR027 (retention moves to the billing code)]\n');
  });
});
