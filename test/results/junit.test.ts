/**
 * readJunit on the shapes test tools write for an outcome: an element with a message attribute,
 * with only a text body (a stack trace), or empty (`<skipped/>`, the commonest form) — each is
 * the outcome it names, never a pass.
 */
import { describe, expect, it } from 'vitest';
import { readJunit } from '../../src/results/junit.js';

const report = (...testcases: string[]) =>
  `<?xml version="1.0"?>\n<testsuite name="s" timestamp="2026-12-01T10:00:00">\n${testcases.join('\n')}\n</testsuite>`;

const outcomes = (text: string) => readJunit(text, 'r.xml').executions.map((e) => [e.testCase, e.outcome, e.message ?? null]);

describe('readJunit outcomes', () => {
  it('reads an empty <skipped/>, <failure/> or <error/> as the outcome it names', () => {
    expect(
      outcomes(
        report(
          '<testcase name="TC-A-001-01"><skipped/></testcase>',
          '<testcase name="TC-A-001-02"><failure/></testcase>',
          '<testcase name="TC-A-001-03"><error/></testcase>',
          '<testcase name="TC-A-001-04"/>',
        ),
      ),
    ).toEqual([
      ['TC-A-001-01', 'SKIPPED', null],
      ['TC-A-001-02', 'FAILED', null],
      ['TC-A-001-03', 'FAILED', null],
      ['TC-A-001-04', 'PASSED', null],
    ]);
  });

  it('reads a failure that has only a body, keeping its first line as the message', () => {
    expect(outcomes(report('<testcase name="TC-A-002-01"><failure>AssertionError: IF-021 rejected\n    at step 3</failure></testcase>'))).toEqual([
      ['TC-A-002-01', 'FAILED', 'AssertionError: IF-021 rejected'],
    ]);
  });
});
