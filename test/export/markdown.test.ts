import { describe, expect, it } from 'vitest';
import { mdCell } from '../../src/export/markdown-table.js';
import { renderRttmMarkdown } from '../../src/export/markdown.js';
import { sampleRttm } from './sample-results.js';

describe('Markdown cells', () => {
  it('escape pipes and flatten newlines so a cell cannot break the table', () => {
    expect(mdCell('a | b')).toBe('a \\| b');
    expect(mdCell('one\ntwo\r\nthree')).toBe('one two three');
  });
});

describe('RTTM as Markdown', () => {
  const md = renderRttmMarkdown(sampleRttm);

  it('names the scope in the heading, and the design it was built from', () => {
    expect(md.split('\n').slice(0, 3)).toEqual([
      '# RTTM: phase SIT-FUNCTIONAL (SIT Functional), role ADS (Advanced Data Service)',
      '',
      'Built from model 5f0c0ffee, git commit 0123456789abcdef0123456789abcdef01234567.',
    ]);
  });

  it('has the header, a separator and one row per requirement', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toEqual([
      '| Requirement | Name | Requirement text | BRS | Roles | Phases | Status | Execution | Direct test cases | Via interface (TC via IF) | Latest results | Example? |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| BRS007-FR-001 | Validate, then store "actuals" | The ADS shall validate, then store. | BRS007 | ADS; SUPPLIER | SIT-FUNCTIONAL | DIRECT | FAILED | TC-001; TC-002 |  | TC-001 PASSED; TC-002 FAILED | yes |',
      '| BRS007-FR-002 | Send data to the MDS |  | BRS007 | ADS | SIT-FUNCTIONAL | VIA_INTERFACE | FAILED |  | TC-002 via IF-021 | TC-002 FAILED | no |',
      '| BRS007-FR-003 | Report \\| reconcile |  |  | ADS |  | NONE | NO_TEST_CASE |  |  |  | no |',
    ]);
  });

  it('ends with the totals, coverage three ways with direct first, and the orphan test cases', () => {
    expect(md.trimEnd().split('\n').slice(-3)).toEqual([
      '**Requirements**: 3 · **DIRECT**: 1 · **VIA_INTERFACE**: 1 · **NONE**: 1 · **Verified (direct test passed)**: 0 · ' +
        '**Passed via interface only**: 0 · **Failed**: 2 · **Blocked**: 0 · **Not run**: 0 · **Direct coverage %**: 33.3 · ' +
        '**Design coverage % (direct + via interface)**: 66.7 · **Passed %**: 0.0',
      '',
      '**Test cases verifying no requirement** (1): TC-009',
    ]);
  });
});
