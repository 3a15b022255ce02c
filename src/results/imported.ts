/**
 * One test execution read from a test report (JUnit XML or CSV), before it becomes a TestResult
 * in a run file: what the report says, and where it says it, so problems point at the report.
 */
import type { ModelProblem } from '../errors.js';
import type { TestOutcome } from '../model/kinds.js';

export interface ReportPosition {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface ImportedExecution {
  readonly testCase: string;
  readonly outcome: TestOutcome;
  readonly executedAt?: string;
  readonly participant?: string;
  readonly environment?: string;
  readonly defect?: string;
  readonly evidence?: string;
  readonly message?: string;
  /** Requirement ids the report says the test verifies: checked against the model, not stored. */
  readonly requirements: readonly string[];
  readonly at: ReportPosition;
}

export interface ReadReport {
  readonly executions: readonly ImportedExecution[];
  readonly problems: readonly ModelProblem[];
}

/** The test case id in a name such as `TC-SITF-001-01 ADS period consumption` or `mhhs.TC-SITF-001-01`. */
const TEST_CASE_ID = /(?:^|[^A-Za-z0-9-])(TC-[A-Z0-9]+(?:-[A-Z0-9]+)*)(?![A-Za-z0-9-])/;

export const testCaseIdIn = (text: string | undefined): string | undefined => (text === undefined ? undefined : TEST_CASE_ID.exec(text)?.[1]);

/** Line and column (1-based) of a character offset. */
export function positionOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

/** Largest report read: a CI run of thousands of test cases is a few megabytes. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** `value` without its undefined entries, so a record carries only what its report says. */
export const definedOnly = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
