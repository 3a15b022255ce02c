import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { GitFixture } from '../support/git-fixture.js';

const FR1_TEXT = 'text: The Advanced Data Service shall send consumption data to the Supplier.';
const FR1_CHANGED = 'text: The Advanced Data Service shall send validated consumption data to the Supplier.';

/** The links requirement BRS007-FR-001 is depended on by, in the order suspects lists them. */
const FR1_DEPENDENTS = [
  'BRS007 -[:DEFINES]-> BRS007-FR-001',
  'BRS007-FR-001 -[:APPLIES_TO]-> ADS',
  'BRS007-FR-002 -[:DERIVES_FROM]-> BRS007-FR-001',
  'TC-SITF-001-01 -[:VERIFIES]-> BRS007-FR-001',
  'BSC-C-3.2 -[:CODIFIES]-> BRS007-FR-001',
];

interface Listed {
  readonly links: readonly { type: string; from: { id: string }; to: { id: string }; state: string; changed: { end: string; fields: { field: string; old: unknown; new: unknown }[] | null }[] }[];
  readonly totals: { valid: number; suspect: number; unreviewed: number };
}
const arrows = (report: Listed) => report.links.map((l) => `${l.from.id} -[:${l.type}]-> ${l.to.id}`);

describe('suspect links and reviews', () => {
  let repo: GitFixture;
  let model: string[];
  const cli = (...args: string[]) => runCli([...args, ...model]);
  const suspects = async (...args: string[]): Promise<Listed> => JSON.parse((await cli('suspects', '--format', 'json', ...args)).stdout);

  beforeAll(async () => {
    repo = await GitFixture.create();
    model = ['--model', repo.modelDir];
    repo.commit('The small model');
  });
  afterAll(() => repo?.remove());

  it('starts with every link unreviewed; review --all-valid records them all and says it cleared them', async () => {
    const before = await suspects('--state', 'UNREVIEWED');
    expect(before.totals).toEqual({ valid: 0, suspect: 0, unreviewed: before.links.length });
    expect(before.links.length).toBeGreaterThan(40);
    // Links along which no change propagates (GUIDED_BY, PART_OF, CHANGES, IMPLEMENTED_IN) are not reviewed.
    expect(before.links.map((l) => l.type)).not.toContain('GUIDED_BY');

    const { code, stdout } = await cli('review', '--all-valid');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Recorded ${before.links.length} reviewed links in .*model/reviews\\.lock\\.yaml; cleared ${before.links.length} \\(state before the review\\):$`));
    expect(stdout).toContain('  UNREVIEWED TC-SITF-001-01 -[:VERIFIES]-> BRS007-FR-001\n');
    expect((await suspects('--state', 'VALID')).totals).toEqual({ valid: before.links.length, suspect: 0, unreviewed: 0 });

    const lock = await readFile(join(repo.modelDir, 'reviews.lock.yaml'), 'utf8');
    const entries = lock.split('\n').filter((line) => line.startsWith('  "'));
    expect(entries).toHaveLength(before.links.length);
    expect([...entries].sort()).toEqual(entries);
    expect(entries).toContainEqual(expect.stringMatching(/^ {2}"TC-SITF-001-01 VERIFIES BRS007-FR-001": "[0-9a-f]{16} [0-9a-f]{16}"$/));
    // The lock sits in the model directory but is not a model file.
    expect((await runCli(['validate', repo.modelDir])).code).toBe(0);
    repo.commit('Review every link');
  });

  it('makes the links depending on a changed requirement suspect, from either end, with the fields old -> new', async () => {
    await repo.edit('brs007.yaml', FR1_TEXT, FR1_CHANGED);
    const report = await suspects();
    expect(arrows(report)).toEqual(FR1_DEPENDENTS);
    expect(report.links.every((l) => l.state === 'SUSPECT')).toBe(true);
    expect(report.links[3]!.changed).toEqual([
      {
        end: 'TO',
        fields: [{ field: 'text', old: 'The Advanced Data Service shall send consumption data to the Supplier.', new: 'The Advanced Data Service shall send validated consumption data to the Supplier.' }],
      },
    ]);
    // The link from FR-001 to the interface realising it depends on the interface, not on FR-001.
    expect(arrows(await suspects('--state', 'VALID'))).toContain('BRS007-FR-001 -[:REALISED_BY]-> IF-021');

    const text = await cli('suspects', '--kind', 'TestCase');
    expect(text.stdout).toBe(
      [
        `1 link listed; ${report.totals.valid + 5} links subject to review: ${report.totals.valid} valid, 5 suspect, 0 unreviewed`,
        '  SUSPECT    TC-SITF-001-01 -[:VERIFIES]-> BRS007-FR-001',
        '      BRS007-FR-001 changed since the review; re-review TC-SITF-001-01',
        '        text: "The Advanced Data Service shall send consumption data to the Supplier." -> "The Advanced Data Service shall send validated consumption data to the Supplier."',
        '',
      ].join('\n'),
    );
  });

  it('follows the impact direction: a changed test case makes its scenario link suspect, not its VERIFIES link', async () => {
    await repo.edit('testing.yaml', 'name: Consumption data reaches the Supplier', 'name: Validated consumption data reaches the Supplier');
    const report = await suspects();
    const inScenario = 'TC-SITF-001-01 -[:IN_SCENARIO]-> TS-SITF-001';
    expect(arrows(report)).toEqual([...FR1_DEPENDENTS.slice(0, 4), inScenario, FR1_DEPENDENTS[4]]);
    expect(report.links[4]!.changed).toEqual([{ end: 'FROM', fields: [{ field: 'name', old: 'Consumption data reaches the Supplier', new: 'Validated consumption data reaches the Supplier' }] }]);
    await repo.edit('testing.yaml', 'name: Validated consumption data reaches the Supplier', 'name: Consumption data reaches the Supplier');
  });

  it('is valid again when the change is reverted', async () => {
    await repo.edit('brs007.yaml', FR1_CHANGED, FR1_TEXT);
    expect((await suspects()).links).toEqual([]);
    await repo.edit('brs007.yaml', FR1_TEXT, FR1_CHANGED);
    expect(arrows(await suspects())).toEqual(FR1_DEPENDENTS);
  });

  it('fails validate --strict while links are suspect, naming each at its lock entry', async () => {
    const { code, stdout, stderr } = await runCli(['validate', repo.modelDir, '--strict']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/ is valid: 43 elements/);
    const lines = stderr.split('\n');
    expect(lines).toHaveLength(5 + 2);
    expect(lines[3]).toMatch(/^.*model\/reviews\.lock\.yaml:\d+:3 {2}suspect link TC-SITF-001-01 -\[:VERIFIES\]-> BRS007-FR-001: BRS007-FR-001 changed since the review \(text\)$/);
    expect(lines[5]).toMatch(/ 5 suspect, 0 unreviewed; run `mhhs suspects`, re-review, then `mhhs review <id>`$/);
  });

  it('clears what a review names: the links at an element, then a link by name', async () => {
    const atTestCase = await cli('review', 'TC-SITF-001-01');
    expect(atTestCase.stdout).toMatch(/^Recorded 3 reviewed links in .*; cleared 1 \(state before the review\):\n {2}SUSPECT {4}TC-SITF-001-01 -\[:VERIFIES\]-> BRS007-FR-001\n$/);
    expect(arrows(await suspects())).toEqual(FR1_DEPENDENTS.filter((l) => !l.startsWith('TC-')));

    const byName = await cli('review', 'BSC-C-3.2 CODIFIES BRS007-FR-001');
    expect(byName.stdout).toMatch(/^Recorded 1 reviewed link in .*; cleared 1/);
    expect((await cli('review', 'BRS007-FR-001')).stdout).toMatch(/^Recorded \d+ reviewed links in .*; cleared 3 /);
    expect((await suspects()).links).toEqual([]);
    expect((await runCli(['validate', repo.modelDir, '--strict'])).code).toBe(0);
  });

  it('lists new links as unreviewed, which --strict allows', async () => {
    await repo.edit('brs007.yaml', 'appliesTo: [SUPPLIER]', 'appliesTo: [SUPPLIER, ADS]');
    expect(arrows(await suspects('--state', 'UNREVIEWED'))).toEqual(['BRS007-FR-004 -[:APPLIES_TO]-> ADS']);
    expect((await runCli(['validate', repo.modelDir, '--strict'])).code).toBe(0);
  });

  it('says when the reviewed version of a changed element is in no commit', async () => {
    await repo.edit('interfaces.yaml', 'name: Smart consumption data', 'name: Smart meter data');
    await cli('review', 'IF-041');
    await repo.edit('interfaces.yaml', 'name: Smart meter data', 'name: Smart meter consumption data');
    const listed = await suspects('--kind', 'Requirement');
    expect(arrows(listed)).toEqual(['BRS007-FR-002 -[:REALISED_BY]-> IF-041']);
    expect(listed.links[0]!.changed).toEqual([{ end: 'TO', fields: null }]);
    expect((await cli('suspects', '--kind', 'Requirement')).stdout).toContain('        (the reviewed version is in no commit of the model history)\n');
  });

  it('refuses unknown ids and an empty review', async () => {
    expect(await cli('review', 'NO-SUCH-ID')).toMatchObject({ code: 1, stderr: "error [NOT_FOUND]: Element 'NO-SUCH-ID' does not exist in the model\n" });
    expect((await cli('review')).code).toBe(2);
    expect((await cli('review', 'ADS', '--all-valid')).code).toBe(2);
  });

  it('refuses a damaged lock with every bad entry at its line and column', async () => {
    const lock = join(repo.modelDir, 'reviews.lock.yaml');
    const text = await readFile(lock, 'utf8');
    await writeFile(lock, `${text}  "ADS KNOWS SUPPLIER": "0123456789abcdef 0123456789abcdef"\n  "ADS PART_OF SDS": "not a fingerprint"\n`);
    const lines = text.split('\n').length;
    const { code, stderr } = await cli('suspects');
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error \\[INVALID_MODEL\\]: The review lock .*model/reviews\\.lock\\.yaml is invalid \\(2 problems\\):\n`));
    expect(stderr).toContain(`reviews.lock.yaml:${lines}:3  'ADS KNOWS SUPPLIER' is not a link: write "<from id> <RELATIONSHIP_TYPE> <to id>"\n`);
    expect(stderr).toContain(`reviews.lock.yaml:${lines + 1}:22  expected "<from fingerprint> <to fingerprint>", two 16-digit hex fingerprints`);
    await writeFile(lock, text);
  });
});
