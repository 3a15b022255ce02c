/**
 * Every validation error class has a broken fixture under test/fixtures/broken/<class>/, and
 * the loader reports it as exactly these `file:line:col  message` lines — the line and column of
 * the offending key or value, so an editor can jump to it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import { loadModelOrProblems } from '../../src/model/load.js';
import { MAX_SHAPE_PROBLEMS_PER_FILE } from '../../src/model/checks/shape.js';
import { MAX_LIST_LENGTH } from '../../src/model/kinds.js';
import { MAX_ALIAS_EXPANSION, MAX_MODEL_FILE_BYTES } from '../../src/model/parse.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/broken/${name}`, import.meta.url));
/** A fixture file as problems name it: relative to the working directory. */
const shown = (path: string) => relative(process.cwd(), path).split('\\').join('/');

async function problemLines(dir: string): Promise<string[]> {
  const result = await loadModelOrProblems(dir);
  if (!('problems' in result)) throw new Error(`expected ${dir} to be invalid`);
  return result.problems.map(formatProblem);
}

describe('each validation error class is reported at the offending key or value', () => {
  const cases: [string, string[]][] = [
    ['yaml-syntax', ['roles.yaml:5:4  invalid YAML: bad indentation of a sequence entry']],
    ['unknown-field', ["roles.yaml:5:5  unknown field 'legacyRol' in Role; did you mean 'legacyRole'?"]],
    ['wrong-type', ["artefacts.yaml:5:14  Artefact.tranche: expected a number, got '2'"]],
    [
      'bad-value',
      [
        'testing.yaml:4:11  TestPhase.name: must not be empty',
        "testing.yaml:5:16  TestPhase.startDate: must be a date YYYY-MM-DD (or YYYY-MM when only the month is known) (got '13/06/2023')",
        'testing.yaml:8:63  EntryInterval.number: must be greater than 0',
        'testing.yaml:8:75  EntryInterval.systems: must not be empty',
        'testing.yaml:13:14  Artefact.tranche: must be at most 4',
        'testing.yaml:19:7  Milestone.datesStated: must have at least 2 entries',
        "testing.yaml:19:16  Milestone.datesStated[0].date: must be a date YYYY-MM-DD (or YYYY-MM when only the month is known) (got '30/10/23')",
        'testing.yaml:19:42  Milestone.datesStated[0].source.paper: must be one of the papers: 000_def75e404d187257.txt, 001_d1f968c49c57fad5.txt, 002_7b18836af3686f9f.txt, 003_1b0d01ba15ed69f0.txt, 004_ea25bf0244bcb374.txt',
      ],
    ],
    ['bad-enum', ["roles.yaml:4:15  Role.category: 'SERVICE' is not one of MARKET_ROLE, CENTRAL_SERVICE, TOM_SERVICE"]],
    [
      'malformed-id',
      ["interfaces.yaml:2:9  malformed Interface id 'IF-21': expected an id like 'IF-021' (^(?:IF|PUB|REP)-\\d{3}[A-Z]?$)"],
    ],
    [
      'duplicate-id',
      [`b-artefacts.yaml:3:9  duplicate id 'ADS': first defined at ${shown(fixture('duplicate-id/a-roles.yaml'))}:2:9`],
    ],
    ['missing-reference', ["model.yaml:11:17  appliesTo: 'ADSS' does not exist in the model; did you mean 'ADS'?"]],
    ['wrong-kind-reference', ["model.yaml:11:9  appliesTo: 'IF-021' is an Interface; expected Role"]],
    ['defined-by-not-artefact', ["model.yaml:1:12  definedBy: 'ADS' is a Role; expected Artefact"]],
    [
      'derivation-cycle',
      [
        'brs007.yaml:18:19  derivesFrom: cycle BRS007-FR-001 -> BRS007-FR-003 -> BRS007-FR-002 -> BRS007-FR-001; DERIVES_FROM must not loop back to where it started',
      ],
    ],
    [
      'missing-provenance',
      [
        "roles.yaml:2:5  Role 'ADS' has none of source, example or inferred; cite the paper it comes from (source), say why it is an illustration (example) or give the reason for the inference (inferred)",
        "roles.yaml:9:5  Role 'SDS' has source and example; it is a fact from a paper, an example or an inference, exactly one",
      ],
    ],
    [
      'reference-provenance',
      [
        "model.yaml:20:25  changes: the reference to 'ADS' has example and inferred; give it one provenance, or none to inherit the element's",
        "model.yaml:20:88  unknown field 'inferrd' in ChangeRequest.changes[1]; did you mean 'inferred'?",
        'model.yaml:20:104  ChangeRequest.changes[2]: expected an id or a mapping {id, …}, got 5',
        "model.yaml:24:15  changes: 'IF-050' is proposed by CR027 (ADD), not baselined design; write the reference as {id: IF-050, proposedBy: {cr: CR027, change: ADD}}",
        "model.yaml:24:50  proposedBy.cr: 'CR099' does not exist in the model",
        "model.yaml:25:5  ChangeRequest 'CR030': a change request is not proposed design; remove proposedBy",
      ],
    ],
    [
      'alias-bomb',
      ['bomb.yaml:3:8  alias *a repeats a mapping or sequence; only scalars may be aliased (repeated collections can expand exponentially)'],
    ],
    [
      'scalar-alias-bomb',
      [
        'principles.yaml:72:9  alias *long: the aliases in this file repeat more than 65536 characters in total; an alias may repeat a name or a date, not multiply text',
      ],
    ],
    [
      'json-style',
      [
        "roles.yaml:6:19  Role.category: 'SERVICE' is not one of MARKET_ROLE, CENTRAL_SERVICE, TOM_SERVICE",
        "roles.yaml:13:17  partOf: 'MDS' does not exist in the model; did you mean 'ADS'?",
        "roles.yaml:14:7  unknown field 'colour' in Role",
      ],
    ],
    [
      'flow-entries',
      [
        "roles.yaml:3:54  Role.category: 'SERVICE' is not one of MARKET_ROLE, CENTRAL_SERVICE, TOM_SERVICE",
        "roles.yaml:4:82  Role.codeBodies[1]: 'XYZ' is not one of BSC, REC, SEC",
        'roles.yaml:5:21  Role.name: must not be empty',
      ],
    ],
    [
      'overlong-values',
      [
        `roles.yaml:3:9  Role.id: 'ADS${'X'.repeat(37)}…' is 150 characters long; at most 100`,
        "roles.yaml:4:11  Role.name: 'Advanced Data Service Advanced Data Serv…' is 659 characters long; at most 500",
        "roles.yaml:5:18  Role.description: 'Collects readings. Collects readings. Co…' is 10069 characters long; at most 10000",
      ],
    ],
    ['invalid-utf8', ['roles.yaml:4:26  invalid UTF-8 (byte 0xE9); save the file as UTF-8 (was it saved as Latin-1 or Windows-1252?)']],
    [
      'utf16',
      [
        'bom.yaml:1:1  1 reference from other files to ids this file mentions (ADS) cannot be checked until it is fixed',
        'bom.yaml:1:1  the file is UTF-16; save it as UTF-8',
        'no-bom.yaml:1:1  1 reference from other files to ids this file mentions (SDS) cannot be checked until it is fixed',
        'no-bom.yaml:1:1  the file is UTF-16; save it as UTF-8',
        "requirements.yaml:6:27  appliesTo: 'MDS' does not exist in the model",
      ],
    ],
    ['merge-key', ['roles.yaml:7:5  merge keys (<<) are not supported; write the fields out in each element']],
    [
      'unclosed-bracket',
      ["roles.yaml:5:17  invalid YAML: this '[' is not closed (the parser noticed at 6:5: missed comma between flow collection entries)"],
    ],
    [
      'symlinks',
      [
        'dangling.yaml:1:1  symbolic link to a file that does not exist',
        'interfaces.yaml:1:1  symbolic link to ../../symlink-targets/interfaces.yaml, outside the model directory; model files must be inside it',
        // Read through the link (once: not again as versions/requirements-v2.yml); IF-021 is only outside.
        "requirements.yaml:7:18  realisedBy: 'IF-021' does not exist in the model",
        'shared:1:1  symbolic link to ../../symlink-targets, outside the model directory; model files must be inside it',
      ],
    ],
    [
      'impossible-date',
      [
        "testing.yaml:4:16  TestPhase.startDate: '2023-13-45' is not a date in the calendar (months 01–12, days within the month)",
        "testing.yaml:5:14  TestPhase.endDate: '2023-02-30' is not a date in the calendar (months 01–12, days within the month)",
        "testing.yaml:8:139  EntryInterval.endDate: '2023-02-29' is not a date in the calendar (months 01–12, days within the month)",
        "testing.yaml:12:11  DesignRelease.date: '2023-00' is not a date in the calendar (months 01–12, days within the month)",
        "testing.yaml:19:16  Milestone.datesStated[1].date: '2023-11-31' is not a date in the calendar (months 01–12, days within the month)",
      ],
    ],
    [
      'end-before-start',
      ["testing.yaml:5:14  endDate '2023-06-13' is before startDate '2023-10-30'", "testing.yaml:15:14  endDate '2023-11' is before startDate '2023-12-04'"],
    ],
    [
      'interface-flows',
      [
        "model.yaml:15:16  'IF-021' lists its own from/to: write its directions either there (every sender to every receiver) or as interface flows, not both",
        "model.yaml:19:9  an interface flow's id names its interface, sender and receiver: 'IF-022-ADS-TO-MDS'",
      ],
    ],
    [
      'repeated-reference',
      ["model.yaml:18:9  appliesTo: 'ADS' is listed twice (first at 16:9)", "model.yaml:19:14  appliesTo: 'SDS' is listed twice (first at 17:9)"],
    ],
  ];

  it.each(cases)('%s', async (name, expected) => {
    const dir = shown(fixture(name));
    expect(await problemLines(fixture(name))).toEqual(expected.map((line) => `${dir}/${line}`));
  });
});

describe('the whole model is checked at once', () => {
  it('reports every problem in every file, sorted by file, line and column', async () => {
    const dir = shown(fixture('many-problems'));
    expect(await problemLines(fixture('many-problems'))).toEqual([
      `${dir}/a-testing.yaml:5:21  invalid YAML: this '[' is not closed (the parser noticed at 6:5: missed comma between flow collection entries)`,
      `${dir}/b-roles.yaml:5:5  unknown field 'colour' in Role`,
      `${dir}/b-roles.yaml:7:5  Role 'SDS' has none of source, example or inferred; cite the paper it comes from (source), say why it is an illustration (example) or give the reason for the inference (inferred)`,
      `${dir}/b-roles.yaml:9:15  Role.category: 'DATA_SERVICE' is not one of MARKET_ROLE, CENTRAL_SERVICE, TOM_SERVICE`,
      `${dir}/c-brs007.yaml:2:9  duplicate id 'IF-021': first defined at ${dir}/b-roles.yaml:10:9`,
      `${dir}/c-brs007.yaml:6:5  Requirement 'BRS007-FR-001' is missing required field 'text'`,
      `${dir}/c-brs007.yaml:9:22  appliesTo: 'BRS007-FR-002' is a Requirement; expected Role`,
      `${dir}/c-brs007.yaml:10:19  derivesFrom: cycle BRS007-FR-001 -> BRS007-FR-002 -> BRS007-FR-001; DERIVES_FROM must not loop back to where it started`,
      `${dir}/c-brs007.yaml:18:9  malformed Requirement id 'BRS7-FR-3': expected an id like 'BRS007-FR-001' (^[A-Z][A-Z0-9]*-[A-Z]{2,4}-\\d{3}$)`,
    ]);
  });

  it('checks references in the files that parse; those into the unparsed file are said once to be unchecked', async () => {
    const dir = shown(fixture('unparsed-file'));
    expect(await problemLines(fixture('unparsed-file'))).toEqual([
      `${dir}/brs007.yaml:8:22  appliesTo: 'ADSS' does not exist in the model`,
      `${dir}/brs007.yaml:9:5  unknown field 'appliesTO' in Requirement; did you mean 'appliesTo'?`,
      `${dir}/roles.yaml:4:15  2 references from other files to ids this file mentions (ADS) cannot be checked until it is fixed`,
      `${dir}/roles.yaml:4:15  invalid YAML: this '[' is not closed (the parser noticed at 5:1: unexpected end of the stream within a flow collection)`,
    ]);
  });
});

describe('warnings', () => {
  it('warns about empty and comment-only files, and still loads the model', async () => {
    const dir = shown(fixture('empty-files'));
    const result = await loadModelOrProblems(fixture('empty-files'));
    expect('model' in result && result.model.nodes.map((n) => n.id)).toEqual(['ADS']);
    expect(result.warnings.map(formatProblem)).toEqual([
      `${dir}/comments.yaml:1:1  the file is empty (or only comments); it adds nothing to the model`,
      `${dir}/empty.yaml:1:1  the file is empty (or only comments); it adds nothing to the model`,
    ]);
  });
});

describe('hostile and missing input', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = '';
  });

  const ROLE = 'roles:\n  - id: ADS\n    name: Advanced Data Service\n    category: TOM_SERVICE\n    example: A service.\n';
  /** A valid model file padded with a comment to exactly `bytes` bytes. */
  const paddedTo = (bytes: number) => `${ROLE}#${'x'.repeat(bytes - ROLE.length - 2)}\n`;

  it('refuses a file over the size limit without parsing it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-huge-'));
    const file = join(dir, 'huge.yaml');
    await writeFile(file, paddedTo(MAX_MODEL_FILE_BYTES + 1));
    expect(await problemLines(dir)).toEqual([
      `${shown(file)}:1:1  file is ${MAX_MODEL_FILE_BYTES + 1} bytes; model files are limited to ${MAX_MODEL_FILE_BYTES} bytes`,
    ]);
  });

  it('refuses a 100 kB string aliased 9,000 times at the alias, without materialising the copies', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-aliases-'));
    const file = join(dir, 'principles.yaml');
    const references = Array.from({ length: 9000 }, () => '*a').join(', ');
    await writeFile(
      file,
      `designPrinciples:\n  - id: DP-00\n    name: &a ${'x'.repeat(100_000)}\n    number: 0\n    example: hostile\n    priReferences: [${references}]\n`,
    );
    const started = performance.now();
    expect(await problemLines(dir)).toEqual([
      `${shown(file)}:6:21  alias *a: the aliases in this file repeat more than ${MAX_ALIAS_EXPANSION} characters in total; an alias may repeat a name or a date, not multiply text`,
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a list of 500,000 items as one problem, before checking the items', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-long-list-'));
    const file = join(dir, 'principles.yaml');
    const items = Array.from({ length: 500_000 }, () => '1').join(',');
    await writeFile(file, `designPrinciples:\n  - id: DP-00\n    name: n\n    number: 0\n    example: e\n    priReferences: [${items}]\n`);
    expect(await problemLines(dir)).toEqual([`${shown(file)}:6:20  DesignPrinciple.priReferences: has 500000 entries; at most ${MAX_LIST_LENGTH}`]);
  });

  it('lists the first thousand shape problems of a file with half a million, and says the rest are not listed', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-many-problems-'));
    const file = join(dir, 'roles.yaml');
    const codes = Array.from({ length: 900 }, () => 'Q').join(',');
    const roles = Array.from({ length: 534 }, (_, i) => `  - {id: R${i}, name: n, category: TOM_SERVICE, example: e, codeBodies: [${codes}]}\n`);
    await writeFile(file, `roles:\n${roles.join('')}`);
    const lines = await problemLines(dir);
    expect(lines).toHaveLength(MAX_SHAPE_PROBLEMS_PER_FILE + 1);
    expect(lines[0]).toBe(`${shown(file)}:2:71  Role.codeBodies[0]: 'Q' is not one of BSC, REC, SEC`);
    expect(lines).toContain(
      `${shown(file)}:3:271  further problems from here on are not listed (only the first ${MAX_SHAPE_PROBLEMS_PER_FILE} of this file are); fix those first`,
    );
  });

  it('reads a file of exactly the size limit', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-limit-'));
    await writeFile(join(dir, 'roles.yaml'), paddedTo(MAX_MODEL_FILE_BYTES));
    const result = await loadModelOrProblems(dir);
    expect('model' in result && result.model.nodes.map((n) => n.id)).toEqual(['ADS']);
  });

  it('reports a pipe named like a model file rather than reading (and blocking on) it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-pipe-'));
    await writeFile(join(dir, 'roles.yaml'), ROLE);
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(await problemLines(dir)).toEqual([`${shown(join(dir, 'pipe.yaml'))}:1:1  not a regular file (a pipe, socket or device); model files are plain files`]);
  });

  it('reports a directory with no model files', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-empty-'));
    await writeFile(join(dir, 'notes.md'), '# not a model file\n');
    expect(await problemLines(dir)).toEqual([`${shown(dir)}:1:1  no model files (*.yaml, *.yml) in this directory`]);
  });

  it('reports a model directory that does not exist', async () => {
    const [line] = await problemLines(fixture('no-such-directory'));
    expect(line).toContain(`${shown(fixture('no-such-directory'))}:1:1  cannot read the model directory: ENOENT`);
  });
});
