import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { readXlsx, sheetRows } from '../export/read-xlsx.js';
import { designHistory, type DesignHistory } from './history.js';

describe('mhhs diff', () => {
  let history: DesignHistory;
  let model: string[];

  beforeAll(async () => {
    history = await designHistory();
    model = ['--model', history.repo.modelDir];
  });
  afterAll(() => history?.repo.remove());

  it('prints the diff of two releases as text: headline with totals, changes by kind, relationships by type', async () => {
    const { code, stdout, stderr } = await runCli(['diff', 'IR4', 'IR5', ...model]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [ir4, ir5] = [history.commits.ir4.slice(0, 12), history.commits.ir5.slice(0, 12)];
    expect(stdout).toBe(
      [
        `Diff from IR4 (ir4, ${ir4}) to IR5 (ir5, ${ir5}): 4 elements differ (1 added, 1 removed, 2 changed), 6 relationships differ (2 added, 3 removed, 1 changed)`,
        '',
        'Interface (+0 -0 ~1)',
        '  ~ IF-031  Appointment notification [example]',
        '      tranche: (none) -> 2',
        '',
        'Requirement (+1 -0 ~1)',
        '  + BRS007-FR-005  Report missing data [example]',
        '  ~ BRS007-FR-001  Send validated consumption data [example]',
        '      name: "Send consumption data" -> "Send validated consumption data"',
        '      text: "The Advanced Data Service shall send consumption data to the Supplier." -> "The Advanced Data Service shall send validated consumption data to the Supplier."',
        '',
        'TestCase (+0 -1 ~0)',
        '  - TC-PIT-001-02  Consumption data message is well formed [example]',
        '',
        'DEFINES (+1 -0 ~0)',
        '  + BRS007 -[:DEFINES]-> BRS007-FR-005',
        '',
        'APPLIES_TO (+1 -1 ~0)',
        '  + BRS007-FR-005 -[:APPLIES_TO]-> ADS',
        '  - BRS007-FR-003 -[:APPLIES_TO]-> SUPPLIER',
        '',
        'REALISED_BY (+0 -0 ~1)',
        '  ~ BRS007-FR-001 -[:REALISED_BY]-> IF-021',
        '      provenance: (none) -> {"state":"INFERRED","note":"the BRS names the interface"}',
        '',
        'EXERCISES (+0 -1 ~0)',
        '  - TC-PIT-001-02 -[:EXERCISES]-> IF-021',
        '',
        'IN_SCENARIO (+0 -1 ~0)',
        '  - TC-PIT-001-02 -[:IN_SCENARIO]-> TS-PIT-001',
        '',
      ].join('\n'),
    );
  });

  it('writes one row per change as CSV and Markdown, and the diff object as JSON', async () => {
    const csv = await runCli(['diff', 'ir4', 'ir5', '--format', 'csv', ...model]);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.split('\r\n');
    expect(rows[0]).toBe('Change,Kind or type,Id,Name,Field,Old,New');
    expect(rows).toContain('changed,Interface,IF-031,Appointment notification [example],tranche,(none),2');
    expect(rows).toContain('removed,EXERCISES,TC-PIT-001-02 -> IF-021,,,,');
    expect(rows).toContain('changed,REALISED_BY,BRS007-FR-001 -> IF-021,,provenance,(none),"{""state"":""INFERRED"",""note"":""the BRS names the interface""}"');
    expect(rows).toHaveLength(1 + 1 + 1 + 2 + 1 + 6 + 1);

    const md = await runCli(['diff', 'ir4', 'ir5', '--format', 'md', ...model]);
    expect(md.stdout).toContain('| changed | Requirement | BRS007-FR-001 | Send validated consumption data [example] | name | "Send consumption data" | "Send validated consumption data" |');

    const json = JSON.parse((await runCli(['diff', 'ir4', 'ir5', '--format', 'json', ...model])).stdout);
    expect(json.totals).toEqual({ elementsAdded: 1, elementsRemoved: 1, elementsChanged: 2, relationshipsAdded: 2, relationshipsRemoved: 3, relationshipsChanged: 1 });
  });

  it('writes an Excel workbook with the rows and a summary, and needs --out for it', async () => {
    const out = join(history.repo.root, 'diff.xlsx');
    const { code } = await runCli(['diff', 'ir4', 'ir5', '--format', 'xlsx', '--out', out, ...model]);
    expect(code).toBe(0);
    const workbook = await readXlsx(await readFile(out));
    const rows = sheetRows(workbook.getWorksheet('Diff')!);
    expect(rows[0]).toEqual(['Change', 'Kind or type', 'Id', 'Name', 'Field', 'Old', 'New']);
    expect(rows).toHaveLength(12);
    expect(sheetRows(workbook.getWorksheet('Summary')!).slice(4)).toEqual([['Relationships removed', 3], ['Relationships changed', 1]]);
    expect((await runCli(['diff', 'ir4', '--format', 'xlsx', ...model])).code).toBe(2);
  });

  it('says nothing differs after a rename-only commit', async () => {
    const { stdout } = await runCli(['diff', 'ir4', 'renamed', ...model]);
    expect(stdout).toMatch(/: 0 elements differ \(0 added, 0 removed, 0 changed\), 0 relationships differ \(0 added, 0 removed, 0 changed\)\n$/);
  });

  it('fails with the problems of an invalid model at a ref, named by the ref', async () => {
    const { code, stdout, stderr } = await runCli(['diff', 'broken', ...model]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error \[INVALID_MODEL\]: The model of ref 'broken' \(commit [0-9a-f]{12}\) is invalid \(1 problem\):\nbroken:model\/roles\.yml:12:15  Role\.category/);
  });

  it('fails with usage exit code for a name that is no ref', async () => {
    const { code, stderr } = await runCli(['diff', 'no-such-ref', ...model]);
    expect(code).toBe(2);
    expect(stderr).toBe("error [BAD_USER_INPUT]: 'no-such-ref' is not a git ref or commit of the model repository\n");
  });

  it('assesses the impact of a diff: the diff headline, then each impacted element with its path from a changed one', async () => {
    const { code, stdout } = await runCli(['impact', '--diff', 'IR4..IR5', '--max-depth', '1', ...model]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Diff from IR4 \(ir4, [0-9a-f]{12}\) to IR5 \(ir5, [0-9a-f]{12}\): 4 elements differ/);
    expect(lines[1]).toMatch(/^Impact of ADS, BRS007, BRS007-FR-001, BRS007-FR-003, BRS007-FR-005, IF-021, IF-031, SUPPLIER, TS-PIT-001: \d+ elements impacted within depth 1$/);
    const verifying = lines.indexOf('  TC-SITF-001-01  Consumption data reaches the Supplier [example]  (depth 1)');
    expect(lines[verifying + 1]).toBe('      BRS007-FR-001 <-[:VERIFIES]- TC-SITF-001-01');
    const json = JSON.parse((await runCli(['impact', '--diff', 'ir5..', '--format', 'json', ...model])).stdout);
    // ir5 to the working tree changed only the releases: a changed release impacts the change requests it implements.
    expect(json.diff.totals).toMatchObject({ elementsAdded: 1, elementsChanged: 1 });
    expect(json.impact.changed.map((n: { id: string }) => n.id)).toEqual(['IR4', 'IR5']);
    expect(json.impact.impacted.map((r: { node: { id: string } }) => r.node.id)).toEqual(['CR023']);
  });
});
