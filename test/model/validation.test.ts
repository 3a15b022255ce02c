/**
 * Every validation error class has a broken fixture under test/fixtures/broken/<class>/, and
 * the loader reports it as exactly these `file:line:col  message` lines — the line and column of
 * the offending key or value, so an editor can jump to it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import { loadModelOrProblems } from '../../src/model/load.js';
import { MAX_MODEL_FILE_BYTES } from '../../src/model/parse.js';

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
        'testing.yaml:7:17  TestPhase.entryIntervals[0].number: must be greater than 0',
        'testing.yaml:8:18  TestPhase.entryIntervals[0].systems: must not be empty',
        'testing.yaml:14:14  Artefact.tranche: must be at most 4',
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
        "roles.yaml:2:5  Role 'ADS' has neither source nor example; cite the paper it comes from (source) or say why it is an illustration (example)",
        "roles.yaml:9:5  Role 'SDS' has both source and example; it is either a fact from a paper or an example, not both",
      ],
    ],
    [
      'alias-bomb',
      ['bomb.yaml:3:8  alias *a repeats a mapping or sequence; only scalars may be aliased (repeated collections can expand exponentially)'],
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
      `${dir}/a-testing.yaml:6:5  invalid YAML: missed comma between flow collection entries`,
      `${dir}/b-roles.yaml:5:5  unknown field 'colour' in Role`,
      `${dir}/b-roles.yaml:7:5  Role 'SDS' has neither source nor example; cite the paper it comes from (source) or say why it is an illustration (example)`,
      `${dir}/b-roles.yaml:9:15  Role.category: 'DATA_SERVICE' is not one of MARKET_ROLE, CENTRAL_SERVICE, TOM_SERVICE`,
      `${dir}/c-brs007.yaml:2:9  duplicate id 'IF-021': first defined at ${dir}/b-roles.yaml:10:9`,
      `${dir}/c-brs007.yaml:6:5  Requirement 'BRS007-FR-001' is missing required field 'text'`,
      `${dir}/c-brs007.yaml:9:22  appliesTo: 'BRS007-FR-002' is a Requirement; expected Role`,
      `${dir}/c-brs007.yaml:10:19  derivesFrom: cycle BRS007-FR-001 -> BRS007-FR-002 -> BRS007-FR-001; DERIVES_FROM must not loop back to where it started`,
      `${dir}/c-brs007.yaml:18:9  malformed Requirement id 'BRS7-FR-3': expected an id like 'BRS007-FR-001' (^[A-Z][A-Z0-9]*-[A-Z]{2,4}-\\d{3}$)`,
    ]);
  });

  it('does not report references into a file that did not parse as missing', async () => {
    const dir = shown(fixture('unparsed-file'));
    expect(await problemLines(fixture('unparsed-file'))).toEqual([
      `${dir}/brs007.yaml:8:5  unknown field 'appliesTO' in Requirement; did you mean 'appliesTo'?`,
      `${dir}/roles.yaml:5:1  invalid YAML: unexpected end of the stream within a flow collection`,
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

  it('reads a file of exactly the size limit', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-limit-'));
    await writeFile(join(dir, 'roles.yaml'), paddedTo(MAX_MODEL_FILE_BYTES));
    const result = await loadModelOrProblems(dir);
    expect('model' in result && result.model.nodes.map((n) => n.id)).toEqual(['ADS']);
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
