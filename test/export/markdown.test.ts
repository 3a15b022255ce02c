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

  it('names the scope in the heading', () => {
    expect(md.split('\n')[0]).toBe('# RTTM: phase SIT-FUNCTIONAL (SIT Functional), role ADS (Advanced Data Service)');
  });

  it('has the header, a separator and one row per requirement', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toEqual([
      '| Requirement | Name | Status | Direct test cases | Via interface (TC via IF) | Example? |',
      '| --- | --- | --- | --- | --- | --- |',
      '| BRS007-FR-001 | Validate, then store "actuals" | DIRECT | TC-001; TC-002 |  | yes |',
      '| BRS007-FR-002 | Send data to the MDS | VIA_INTERFACE |  | TC-002 via IF-021 | no |',
      '| BRS007-FR-003 | Report \\| reconcile | NONE |  |  | no |',
    ]);
  });

  it('ends with the totals and coverage', () => {
    expect(md.trimEnd().split('\n').at(-1)).toBe(
      '**Requirements**: 3 · **DIRECT**: 1 · **VIA_INTERFACE**: 1 · **NONE**: 1 · **Coverage %**: 66.7',
    );
  });
});
