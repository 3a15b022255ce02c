import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRttmXlsx } from '../../src/export/xlsx.js';
import { conditionalFillOf, conditionalFormattingsOf, equalTo, readXlsx, sheetRows } from './read-xlsx.js';
import { sampleRttm } from './sample-results.js';

const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
const [GREEN, AMBER, RED, GREY] = ['FFC6EFCE', 'FFFFEB9C', 'FFFFC7CE', 'FFEDEDED'];

describe('RTTM as XLSX', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await readXlsx(await renderRttmXlsx(sampleRttm));
  });

  it('has an RTTM sheet with the header and one row per requirement', () => {
    const sheet = workbook.getWorksheet('RTTM')!;
    expect(sheetRows(sheet)).toEqual([
      ['Requirement', 'Name', 'Requirement text', 'BRS', 'Roles', 'Phases', 'Status', 'Execution', 'Direct test cases', 'Via interface (TC via IF)', 'Latest results', 'Example?'],
      ['BRS007-FR-001', 'Validate, then store "actuals"', 'The ADS shall validate, then store.', 'BRS007', 'ADS; SUPPLIER', 'SIT-FUNCTIONAL', 'DIRECT', 'FAILED', 'TC-001; TC-002', '', 'TC-001 PASSED; TC-002 FAILED', 'yes'],
      ['BRS007-FR-002', 'Send data\nto the MDS', '', 'BRS007', 'ADS', 'SIT-FUNCTIONAL', 'VIA_INTERFACE', 'FAILED', '', 'TC-002 via IF-021', 'TC-002 FAILED', 'no'],
      ['BRS007-FR-003', 'Report | reconcile', '', '', 'ADS', '', 'NONE', 'NO_TEST_CASE', '', '', '', 'no'],
    ]);
  });

  it('styles the header, freezes it and puts an autofilter on it', () => {
    const sheet = workbook.getWorksheet('RTTM')!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('colours coverage and execution by conditional formatting over their data cells: green, amber, red, grey', () => {
    const sheet = workbook.getWorksheet('RTTM')!;
    expect(conditionalFormattingsOf(sheet).map((cf) => cf.ref)).toEqual(['G2:G4', 'H2:H4']);
    expect(['G2', 'G3', 'G4'].map((a) => conditionalFillOf(sheet, a))).toEqual([GREEN, AMBER, RED]);
    // Execution: FAILED, FAILED, NO_TEST_CASE.
    expect(['H2', 'H3', 'H4'].map((a) => conditionalFillOf(sheet, a))).toEqual([RED, RED, GREY]);
    // No fixed fill: the colour is the rule's, so it follows the value.
    expect(sheet.getCell('G2').fill).toBeUndefined();
  });

  it('recolours a status a tester changes: the rules cover every value of the column, in distinct priorities', () => {
    const sheet = workbook.getWorksheet('RTTM')!;
    const rules = conditionalFormattingsOf(sheet).flatMap((cf) => cf.rules);
    expect(rules.map((rule) => [equalTo(rule), rule.priority])).toEqual([
      ['DIRECT', 1], ['VIA_INTERFACE', 2], ['NONE', 3],
      ['PASSED', 4], ['FAILED', 5], ['BLOCKED', 6], ['NOT_RUN', 7], ['NO_TEST_CASE', 8],
    ]);
    sheet.getCell('H2').value = 'PASSED';
    sheet.getCell('H3').value = 'NOT_RUN';
    expect(['H2', 'H3'].map((a) => conditionalFillOf(sheet, a))).toEqual([GREEN, AMBER]);
  });

  it('has a Summary sheet with the scope, the design it was built from, the totals and the coverage', () => {
    expect(sheetRows(workbook.getWorksheet('Summary')!)).toEqual([
      ['Scope', 'phase SIT-FUNCTIONAL (SIT Functional), role ADS (Advanced Data Service)'],
      ['Model hash', '5f0c0ffee'],
      ['Git commit', '0123456789abcdef0123456789abcdef01234567'],
      ['Requirements', 3],
      ['DIRECT', 1],
      ['VIA_INTERFACE', 1],
      ['NONE', 1],
      ['Verified (direct test passed)', 0],
      ['Passed via interface only', 0],
      ['Failed', 2],
      ['Blocked', 0],
      ['Not run', 0],
      ['Direct coverage %', 33.3],
      ['Design coverage % (direct + via interface)', 66.7],
      ['Passed %', 0],
      ['Uncovered requirements', 'BRS007-FR-003'],
      ['Test cases verifying no requirement', 'TC-009'],
    ]);
  });

  it('has a requirement × test case sheet, cell by cell: covering pairs with the latest result, uncovered requirements, orphans', () => {
    const sheet = workbook.getWorksheet('Requirement x Test case')!;
    expect(sheetRows(sheet)).toEqual([
      ['Requirement', 'Name', 'Requirement text', 'BRS', 'Roles', 'Phase', 'Test case', 'Test case name', 'Via interface', 'Coverage', 'Latest outcome', 'Latest result', 'Executed at', 'Participant', 'Example?'],
      ['BRS007-FR-001', 'Validate, then store "actuals"', 'The ADS shall validate, then store.', 'BRS007', 'ADS; SUPPLIER', 'SIT-FUNCTIONAL', 'TC-001', 'Load consumption data', '', 'DIRECT', 'PASSED', 'TR-SIT-F-C1-001', '2024-03-12', '', 'yes'],
      ['BRS007-FR-001', 'Validate, then store "actuals"', 'The ADS shall validate, then store.', 'BRS007', 'ADS; SUPPLIER', 'SIT-FUNCTIONAL', 'TC-002', 'Publish to DIP', '', 'DIRECT', 'FAILED', 'TR-SIT-F-C1-002', '2024-03-12', '', 'yes'],
      ['BRS007-FR-002', 'Send data\nto the MDS', '', 'BRS007', 'ADS', 'SIT-FUNCTIONAL', 'TC-002', 'Publish to DIP', 'IF-021', 'VIA_INTERFACE', 'FAILED', 'TR-SIT-F-C1-002', '2024-03-12', '', 'no'],
      ['BRS007-FR-003', 'Report | reconcile', '', '', 'ADS', '', '', '', '', 'NONE', '', '', '', '', 'no'],
      // The orphan carries its latest result.
      ['', '', '', '', '', 'SIT-FUNCTIONAL', 'TC-009', 'Smoke test the DIP', '', 'NO_REQUIREMENT', 'PASSED', 'TR-SIT-F-C1-009', '2024-03-12', 'Example ADS Ltd', 'no'],
    ]);
    expect(sheet.autoFilter).toBe('A1:O6');
    expect(sheet.getCell('J2').dataValidation).toMatchObject({ type: 'list', formulae: ['"DIRECT,VIA_INTERFACE,NONE,NO_REQUIREMENT"'] });
    expect(sheet.getCell('K6').dataValidation).toMatchObject({ type: 'list', formulae: ['"PASSED,FAILED,BLOCKED,NOT_RUN,SKIPPED"'] });
    // Coverage and outcome coloured by conditional formatting, cell by cell.
    expect(conditionalFormattingsOf(sheet).map((cf) => cf.ref)).toEqual(['J2:J6', 'K2:K6']);
    expect(['J2', 'J3', 'J4', 'J5', 'J6'].map((a) => conditionalFillOf(sheet, a))).toEqual([GREEN, GREEN, AMBER, RED, GREY]);
    // PASSED, FAILED, FAILED, no test case (blank: no rule), PASSED.
    expect(['K2', 'K3', 'K4', 'K5', 'K6'].map((a) => conditionalFillOf(sheet, a))).toEqual([GREEN, RED, RED, null, GREEN]);
  });

  it('filters the RTTM sheet over its whole data range and keeps statuses to their values', () => {
    const sheet = workbook.getWorksheet('RTTM')!;
    expect(sheet.autoFilter).toBe('A1:L4');
    expect(sheet.getCell('G3').dataValidation).toMatchObject({ type: 'list', formulae: ['"DIRECT,VIA_INTERFACE,NONE"'] });
    expect(sheet.getCell('H4').dataValidation).toMatchObject({ type: 'list', formulae: ['"PASSED,FAILED,BLOCKED,NOT_RUN,NO_TEST_CASE"'] });
  });

  it('has no per-phase sheets for one phase', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['RTTM', 'Requirement x Test case', 'Summary']);
  });
});
