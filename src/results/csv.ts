/**
 * Results as CSV, as test managers export them from Excel or Azure DevOps: a header row, then one
 * execution per row. Columns, matched case-insensitively and ignoring spaces, `_` and `-`:
 *
 *   testCase (also `test case id`, `test case`)   required: the TC-… id (the first one in the cell)
 *   outcome  (also `result`, `status`, `outcome`)  required: PASSED/PASS, FAILED/FAIL, BLOCKED,
 *                                                  NOT_RUN (`not run`), SKIPPED/SKIP, any case
 *   executedAt (also `executed`, `date`, `run date`) a date or ISO 8601 date-time
 *   participant, environment, defect (also `bug`), evidence (also `link`), message (also `comment`)
 *   requirement (also `requirements`): requirement ids the test verifies, separated by `;` or `,`
 *
 * Other columns are ignored (exports carry many). An unknown outcome or a row without a test case
 * id is a problem at its line.
 */
import { parse } from 'csv-parse/sync';
import type { ModelProblem } from '../errors.js';
import { TEST_OUTCOMES, type TestOutcome } from '../model/kinds.js';
import { definedOnly, testCaseIdIn, type ImportedExecution, type ReadReport } from './imported.js';

const COLUMNS = {
  testCase: ['testcase', 'testcaseid', 'tc', 'tcid'],
  outcome: ['outcome', 'result', 'status'],
  executedAt: ['executedat', 'executed', 'date', 'rundate', 'executiondate'],
  participant: ['participant', 'organisation', 'organization'],
  environment: ['environment', 'env'],
  defect: ['defect', 'bug', 'defectid'],
  evidence: ['evidence', 'link'],
  message: ['message', 'comment', 'comments'],
  requirement: ['requirement', 'requirements'],
} as const;
type Column = keyof typeof COLUMNS;

const normalise = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');

const OUTCOME_WORDS: Readonly<Record<string, TestOutcome>> = {
  ...Object.fromEntries(TEST_OUTCOMES.map((o) => [normalise(o), o])),
  pass: 'PASSED',
  fail: 'FAILED',
  failure: 'FAILED',
  error: 'FAILED',
  skip: 'SKIPPED',
  notexecuted: 'NOT_RUN',
};

export function readResultsCsv(text: string, file: string): ReadReport {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = (error as { lines?: number }).lines;
    return { executions: [], problems: [{ file, line: line ?? 1, col: 1, message: `not a readable CSV file: ${message}` }] };
  }
  const [header, ...rows] = records;
  if (!header) return { executions: [], problems: [{ file, line: 1, col: 1, message: 'no header row' }] };
  const index = new Map<Column, number>();
  header.record.forEach((name, i) => {
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(normalise(name)));
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = (['testCase', 'outcome'] as const).filter((c) => !index.has(c));
  if (missing.length > 0) {
    return { executions: [], problems: [{ file, line: header.info.lines, col: 1, message: `no ${missing.join(' or ')} column in the header (columns: ${header.record.join(', ')})` }] };
  }

  const executions: ImportedExecution[] = [];
  const problems: ModelProblem[] = [];
  for (const { record, info } of rows) {
    const cell = (column: Column) => {
      const i = index.get(column);
      const value = i === undefined ? undefined : record[i]?.trim();
      return value === '' ? undefined : value;
    };
    const colOf = (column: Column) => (index.get(column) ?? 0) + 1;
    const line = info.lines;
    const testCase = testCaseIdIn(cell('testCase'));
    const outcomeText = cell('outcome');
    const outcome = outcomeText === undefined ? undefined : OUTCOME_WORDS[normalise(outcomeText)];
    if (!testCase) {
      problems.push({ file, line, col: colOf('testCase'), message: `no test case id (TC-…) in '${cell('testCase') ?? ''}'` });
      continue;
    }
    if (!outcome) {
      problems.push({ file, line, col: colOf('outcome'), message: `outcome '${outcomeText ?? ''}' is not one of ${TEST_OUTCOMES.join(', ')} (or PASS, FAIL, SKIP)` });
      continue;
    }
    executions.push(
      definedOnly({
        testCase,
        outcome,
        executedAt: cell('executedAt'),
        participant: cell('participant'),
        environment: cell('environment'),
        defect: cell('defect'),
        evidence: cell('evidence'),
        message: cell('message'),
        requirements: (cell('requirement') ?? '').split(/[;,]/).map((r) => r.trim()).filter(Boolean),
        at: { file, line, col: colOf('testCase') },
      }),
    );
  }
  return { executions, problems };
}
