/**
 * `mhhs results import`: test reports (JUnit XML, CSV) into one reviewed run file,
 * `<model>/results/<RUN>.yaml` — all or nothing. Every report is read and every execution checked
 * before anything is written: each names a test case of the model (and, where the report names
 * requirements, requirements that test case verifies) and has an execution time; then the whole
 * model is validated with the new file in it. Any problem is reported at the report's
 * file:line:col (or the new file's, for what only the model can see) and nothing is written.
 *
 * `--participant`, `--environment` and `--executed-at` fill in what a report does not say; a
 * report's own properties or columns win.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BadInputError, InvalidModelError, type ModelProblem } from '../errors.js';
import type { DesignModel } from '../model/design-model.js';
import { didYouMean } from '../model/did-you-mean.js';
import { TIMESTAMP, TEST_OUTCOMES, type TestOutcome } from '../model/kinds.js';
import { modelFromSource, modelOrThrow } from '../model/load.js';
import { displayPath } from '../model/model-files.js';
import { directorySource } from '../model/sources.js';
import { byLocation } from '../model/validate.js';
import { readResultsCsv } from './csv.js';
import { definedOnly, MAX_REPORT_BYTES, type ImportedExecution, type ReadReport } from './imported.js';
import { readJunit } from './junit.js';
import { renderRunFile } from './run-file.js';

export interface ImportOptions {
  readonly modelDir: string;
  readonly files: readonly string[];
  /** The run name; from the first report's file name when not given (`sit-f-c1.junit.xml` → SIT-F-C1). */
  readonly run?: string;
  readonly participant?: string;
  readonly environment?: string;
  readonly executedAt?: string;
  /** Replace an existing run file. */
  readonly replace?: boolean;
  /** The command line, for the file's header. */
  readonly command?: string;
}

export interface ImportSummary {
  readonly run: string;
  /** The run file written, as problems name files. */
  readonly file: string;
  readonly results: number;
  readonly testCases: number;
  readonly byOutcome: Readonly<Record<TestOutcome, number>>;
}

/** Run names become ids (`TR-<RUN>-001`): upper-case words joined by `-`. */
const RUN_NAME = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;

export function runNameOf(option: string | undefined, firstFile: string): string {
  const run = option ?? basename(firstFile).split('.')[0]!.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!RUN_NAME.test(run)) {
    throw new BadInputError(`run name '${run}' must be upper-case letters and digits joined by '-', e.g. SIT-F-C1${option ? '' : ' (derived from the file name; give --run)'}`);
  }
  return run;
}

const formatOf = (path: string, text: string): 'JUnit XML' | 'CSV' =>
  /\.xml$/i.test(path) || (!/\.csv$/i.test(path) && text.trimStart().startsWith('<')) ? 'JUnit XML' : 'CSV';

async function readReport(path: string): Promise<ReadReport & { file: string; format: string; sha256: string }> {
  const file = displayPath(path);
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_REPORT_BYTES) throw new BadInputError(`${file} is larger than ${MAX_REPORT_BYTES} bytes`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw new BadInputError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = bytes.toString('utf8');
  const format = formatOf(path, text);
  const read = format === 'CSV' ? readResultsCsv(text, file) : readJunit(text, file);
  return { ...read, file, format, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** What the model says about each execution: its test case exists, verifies the requirements named, and it has a time. */
function checkAgainstModel(model: DesignModel, executions: readonly ImportedExecution[]): ModelProblem[] {
  const kindOf = new Map(model.nodes.map((node) => [node.id, node.kind]));
  const testCases = model.nodes.filter((node) => node.kind === 'TestCase').map((node) => node.id);
  const verifies = new Set(model.edges.filter((edge) => edge.type === 'VERIFIES').map((edge) => `${edge.from} ${edge.to}`));
  return executions.flatMap(({ testCase, requirements, executedAt, at }): ModelProblem[] => {
    const kind = kindOf.get(testCase);
    if (kind !== 'TestCase') {
      const why = kind ? `is a ${kind}, not a test case` : `does not exist in the model${didYouMean(testCase, testCases)}`;
      return [{ ...at, message: `test case '${testCase}' ${why}` }];
    }
    const problems: ModelProblem[] = requirements.flatMap((requirement) =>
      verifies.has(`${testCase} ${requirement}`)
        ? []
        : [{ ...at, message: `the report says ${testCase} verifies '${requirement}', but in the model it does not${kindOf.get(requirement) === 'Requirement' ? ' (add it to the test case\'s verifies, or correct the report)' : ': no such requirement'}` }],
    );
    if (executedAt === undefined) problems.push({ ...at, message: `no execution time for ${testCase}: the report gives no timestamp; pass --executed-at` });
    else if (!TIMESTAMP.test(executedAt)) problems.push({ ...at, message: `execution time '${executedAt}' is not a date YYYY-MM-DD or an ISO 8601 date-time` });
    return problems;
  });
}

const exists = (path: string) => stat(path).then(() => true, () => false);

export async function importResults(options: ImportOptions): Promise<ImportSummary> {
  if (options.files.length === 0) throw new BadInputError('give at least one report file');
  const run = runNameOf(options.run, options.files[0]!);
  if (options.executedAt !== undefined && !TIMESTAMP.test(options.executedAt)) {
    throw new BadInputError(`--executed-at '${options.executedAt}' is not a date YYYY-MM-DD or an ISO 8601 date-time`);
  }
  const reports = await Promise.all(options.files.map(readReport));
  const executions = reports.flatMap((report) =>
    report.executions.map((e) => ({
      ...e,
      executedAt: e.executedAt ?? options.executedAt,
      participant: e.participant ?? options.participant,
      environment: e.environment ?? options.environment,
    })),
  );
  const source = await directorySource(options.modelDir);
  const model = modelOrThrow(modelFromSource(source));
  const problems = [...reports.flatMap((report) => report.problems), ...checkAgainstModel(model, executions)];
  if (problems.length === 0 && executions.length === 0) throw new BadInputError('the reports hold no test executions');
  if (problems.length > 0) throw new InvalidModelError(problems.sort(byLocation), 'The import (nothing was written)');

  const path = join(options.modelDir, 'results', `${run}.yaml`);
  const file = displayPath(path);
  if (!options.replace && (await exists(path))) throw new BadInputError(`${file} exists: run ${run} was imported before; give --replace to replace it, or another --run`);
  const text = renderRunFile({
    run,
    executions: executions.map(definedOnly),
    reports,
    command: options.command ?? 'mhhs results import',
  });
  // The whole model with the new file in place of any old one: what the next load will see.
  const checked = modelFromSource({ ...source, texts: [...source.texts.filter((t) => t.file !== file), { file, text }] });
  modelOrThrow(checked, 'The model with the imported results (nothing was written)');

  await mkdir(join(options.modelDir, 'results'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
  const byOutcome = Object.fromEntries(TEST_OUTCOMES.map((o) => [o, executions.filter((e) => e.outcome === o).length])) as Record<TestOutcome, number>;
  return { run, file, results: executions.length, testCases: new Set(executions.map((e) => e.testCase)).size, byOutcome };
}
