import { describe, expect, it } from 'vitest';
import { csvField, renderRttmCsv, toCsv } from '../../src/export/csv.js';
import { sampleRttm } from './sample-results.js';

describe('CSV quoting (RFC 4180)', () => {
  it('leaves plain fields bare', () => {
    expect(csvField('BRS007-FR-001')).toBe('BRS007-FR-001');
    expect(csvField('')).toBe('');
  });

  it('quotes fields holding a comma, a quote, a CR or an LF, doubling quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('line1\r\nline2')).toBe('"line1\r\nline2"');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
  });
});

describe('RTTM as CSV', () => {
  const csv = renderRttmCsv(sampleRttm);

  it('writes the header, then one record per requirement and no totals line', () => {
    expect(csv).toBe(
      [
        'Requirement,Name,Requirement text,BRS,Roles,Phases,Status,Execution,Direct test cases,Via interface (TC via IF),Latest results,Example?',
        'BRS007-FR-001,"Validate, then store ""actuals""","The ADS shall validate, then store.",BRS007,ADS; SUPPLIER,SIT-FUNCTIONAL,DIRECT,FAILED,TC-001; TC-002,,TC-001 PASSED; TC-002 FAILED,yes',
        'BRS007-FR-002,"Send data\nto the MDS",,BRS007,ADS,SIT-FUNCTIONAL,VIA_INTERFACE,FAILED,,TC-002 via IF-021,TC-002 FAILED,no',
        'BRS007-FR-003,Report | reconcile,,,ADS,,NONE,NO_TEST_CASE,,,,no',
        '',
      ].join('\r\n'),
    );
  });
});
