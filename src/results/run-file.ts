/**
 * A run's results as a reviewed model file, `results/<RUN>.yaml`: a comment header saying where
 * they came from, then one TestResult per execution in a stable order — by test case, then
 * executedAt, then the order the reports list them — numbered TR-<RUN>-001, -002, … in that
 * order, so importing the same reports again writes the same file. Strings are written as JSON
 * strings (valid YAML double-quoted scalars), so no value can change its type or break the file.
 */
import { byCodeUnits } from '../store/order.js';
import type { ImportedExecution } from './imported.js';

export interface RunFileInput {
  readonly run: string;
  readonly executions: readonly ImportedExecution[];
  /** The reports, as named in `recordedFrom`, with their format and content hash. */
  readonly reports: readonly { readonly file: string; readonly format: string; readonly sha256: string }[];
  /** How `mhhs results import` was asked, for the header. */
  readonly command: string;
}

/** The executions in file order, each with its id. */
export function numbered(run: string, executions: readonly ImportedExecution[]): { id: string; execution: ImportedExecution }[] {
  const width = Math.max(3, String(executions.length).length);
  return executions
    .map((execution, order) => ({ execution, order }))
    .sort(
      (a, b) =>
        byCodeUnits(a.execution.testCase, b.execution.testCase) ||
        byCodeUnits(a.execution.executedAt ?? '', b.execution.executedAt ?? '') ||
        a.order - b.order,
    )
    .map(({ execution }, i) => ({ id: `TR-${run}-${String(i + 1).padStart(width, '0')}`, execution }));
}

const scalar = (value: string): string => JSON.stringify(value);

export function renderRunFile({ run, executions, reports, command }: RunFileInput): string {
  const header = [
    '# yaml-language-server: $schema=../../schema/model.schema.json',
    `# Test results of run ${run}: ${executions.length} execution${executions.length === 1 ? '' : 's'}, written by \`${command}\` from`,
    ...reports.map((r) => `#   ${r.file} (${r.format}, sha256 ${r.sha256.slice(0, 16)})`),
    '# Review before committing: each result says the report line it was read from (recordedFrom).',
    'testResults:',
  ];
  const body = numbered(run, executions).flatMap(({ id, execution: e }) => [
    `  - id: ${id}`,
    `    name: ${scalar(`${e.testCase} ${e.outcome}`)}`,
    `    testCase: ${e.testCase}`,
    `    outcome: ${e.outcome}`,
    `    run: ${run}`,
    `    executedAt: ${scalar(e.executedAt ?? '')}`,
    ...(['participant', 'environment', 'defect', 'evidence', 'message'] as const).flatMap((key) =>
      e[key] === undefined ? [] : [`    ${key}: ${scalar(e[key])}`],
    ),
    `    recordedFrom: ${scalar(`${e.at.file}:${e.at.line}`)}`,
  ]);
  return `${[...header, ...body].join('\n')}\n`;
}
