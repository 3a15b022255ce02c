/**
 * RTTM as an Excel workbook, for testers who work in Excel: an "RTTM" sheet (one row per
 * requirement, with its text, BRS, roles and phases), a "Requirement x Test case" sheet (one row
 * per covering pair, with the latest result; orphan test cases with theirs and no requirement;
 * uncovered requirements with no test case) and, when several phases are asked for, the same two
 * sheets for each phase ("RTTM <phase>", "Pairs <phase>") — each with a styled, frozen header, an
 * autofilter over the whole data range, coverage, execution and outcome cells restricted to their
 * values by data validation lists and coloured by conditional formatting — and a "Summary"
 * sheet (scope, the model hash and git commit it was built from, totals, coverage three ways —
 * per phase too —, the uncovered requirements and the orphan test cases).
 */
import ExcelJS from 'exceljs';
import type { ExecutionStatus } from '../domain/executions.js';
import type { CoverageStatus, Rttm, RttmMatrix } from '../domain/results.js';
import type { TestOutcome } from '../model/kinds.js';
import { orphansLine, rttmProvenanceLines, RTTM_COLUMNS, RTTM_PAIR_COLUMNS, rttmCells, rttmPairRows, rttmTotalsLines } from './rttm-table.js';

const GREEN = 'FFC6EFCE';
const AMBER = 'FFFFEB9C';
const RED = 'FFFFC7CE';
const GREY = 'FFEDEDED';
/** Green covered, amber covered only indirectly, red not covered. */
const COVERAGE_FILL: Record<CoverageStatus, string> = { DIRECT: GREEN, VIA_INTERFACE: AMBER, NONE: RED };
/** A pair's coverage: grey for a test case verifying nothing. */
const PAIR_COVERAGE_FILL = { ...COVERAGE_FILL, NO_REQUIREMENT: GREY };
/** Green passed, red failed, amber still to do (blocked, not run), grey nothing to run. */
const EXECUTION_FILL: Record<ExecutionStatus, string> = { PASSED: GREEN, FAILED: RED, BLOCKED: AMBER, NOT_RUN: AMBER, NO_TEST_CASE: GREY };
const OUTCOME_FILL: Record<TestOutcome, string> = { PASSED: GREEN, FAILED: RED, BLOCKED: AMBER, NOT_RUN: AMBER, SKIPPED: GREY };
const HEADER_FILL = 'FF1F4E78';
const COLUMN_WIDTHS = [18, 48, 60, 12, 20, 18, 15, 14, 30, 40, 40, 10];
const PAIR_WIDTHS = [18, 48, 60, 12, 20, 16, 18, 40, 18, 15, 12, 18, 22, 14, 10];
const columnOf = (columns: readonly string[], name: string) => columns.indexOf(name) + 1;

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** A status column and the fill of each of its values. */
type StatusColumn = readonly [column: number, fills: Readonly<Record<string, string>>];

/**
 * Status columns: their data cells restricted to the status values by a data validation list
 * (Excel shows a drop-down), and coloured by conditional formatting, one rule per value — so a
 * status a tester types in or picks takes its colour, which a fixed cell fill would not follow.
 */
function statusColumns(sheet: ExcelJS.Worksheet, rows: number, columns: readonly StatusColumn[]): void {
  if (rows === 0) return;
  // Excel wants the priorities of a sheet's rules distinct.
  let priority = 0;
  for (const [column, fills] of columns) {
    const values = Object.keys(fills);
    for (let r = 2; r <= rows + 1; r += 1) {
      sheet.getCell(r, column).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`] };
    }
    const letter = sheet.getColumn(column).letter;
    sheet.addConditionalFormatting({
      ref: `${letter}2:${letter}${rows + 1}`,
      rules: values.map((value) => ({
        type: 'cellIs',
        operator: 'equal',
        formulae: [`"${value}"`],
        priority: (priority += 1),
        // A differential fill: Excel paints a solid pattern's background colour.
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fills[value]! } } },
      })),
    });
  }
}

export interface TableSheet {
  readonly name: string;
  readonly columns: readonly string[];
  readonly widths: readonly number[];
  readonly rows: readonly (readonly string[])[];
}

/** A sheet of one table: styled, frozen header row with an autofilter. */
function addTableSheet(workbook: ExcelJS.Workbook, { name, columns, widths, rows }: TableSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((header, i) => ({ header, width: widths[i] }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = solid(HEADER_FILL);
  for (const row of rows) sheet.addRow([...row]);
  // Over the whole data range, so a filter or sort takes every row.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return sheet;
}

/** Excel's limit on a sheet name. */
const SHEET_NAME_LENGTH = 31;

function addRttmSheet(workbook: ExcelJS.Workbook, matrix: RttmMatrix, name: string): void {
  const sheet = addTableSheet(workbook, { name, columns: RTTM_COLUMNS, widths: COLUMN_WIDTHS, rows: matrix.rows.map(rttmCells) });
  statusColumns(sheet, matrix.rows.length, [
    [columnOf(RTTM_COLUMNS, 'Status'), COVERAGE_FILL],
    [columnOf(RTTM_COLUMNS, 'Execution'), EXECUTION_FILL],
  ]);
}

function addPairSheet(workbook: ExcelJS.Workbook, matrix: RttmMatrix, name: string): void {
  const rows = rttmPairRows(matrix);
  const sheet = addTableSheet(workbook, { name, columns: RTTM_PAIR_COLUMNS, widths: PAIR_WIDTHS, rows });
  statusColumns(sheet, rows.length, [
    [columnOf(RTTM_PAIR_COLUMNS, 'Coverage'), PAIR_COVERAGE_FILL],
    [columnOf(RTTM_PAIR_COLUMNS, 'Latest outcome'), OUTCOME_FILL],
  ]);
}

/** Numbers, not text, so a tester can compute with them. */
function addTotals(sheet: ExcelJS.Worksheet, matrix: RttmMatrix, prefix = ''): void {
  for (const { label, value, decimals } of rttmTotalsLines(matrix)) {
    sheet.addRow([`${prefix}${label}`, value]).getCell(2).numFmt = decimals === 0 ? '0' : '0.0';
  }
}

function addSummarySheet(workbook: ExcelJS.Workbook, rttm: Rttm, perPhase: boolean): void {
  const sheet = workbook.addWorksheet('Summary');
  sheet.columns = [{ width: 16 }, { width: 60 }];
  for (const [field, value] of rttmProvenanceLines(rttm)) sheet.addRow([field, value]);
  sheet.addRow([]);
  addTotals(sheet, rttm);
  sheet.addRow([]);
  sheet.addRow(['Uncovered requirements', rttm.uncovered.length === 0 ? 'none' : rttm.uncovered.map((r) => r.id).join('; ')]);
  sheet.addRow(['Test cases verifying no requirement', orphansLine(rttm)]);
  if (perPhase) {
    for (const matrix of rttm.byPhase) {
      sheet.addRow([]);
      addTotals(sheet, matrix, `${matrix.phase.id}: `);
    }
  }
  sheet.getColumn(1).font = { bold: true };
}

export async function renderRttmXlsx(rttm: Rttm): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mhhs';
  addRttmSheet(workbook, rttm, 'RTTM');
  addPairSheet(workbook, rttm, 'Requirement x Test case');
  // One phase's sheets would repeat the combined ones.
  const perPhase = rttm.byPhase.length > 1;
  if (perPhase) {
    for (const matrix of rttm.byPhase) {
      addRttmSheet(workbook, matrix, `RTTM ${matrix.phase.id}`.slice(0, SHEET_NAME_LENGTH));
      addPairSheet(workbook, matrix, `Pairs ${matrix.phase.id}`.slice(0, SHEET_NAME_LENGTH));
    }
  }
  addSummarySheet(workbook, rttm, perPhase);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook of one table and a Summary sheet of counts (the diff, the suspect links). */
export async function renderTableXlsx(table: TableSheet, summary: readonly (readonly [string, number])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mhhs';
  addTableSheet(workbook, table);
  const sheet = workbook.addWorksheet('Summary');
  sheet.columns = [{ width: 24 }, { width: 12 }];
  for (const [label, value] of summary) sheet.addRow([label, value]);
  sheet.getColumn(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook of table sheets, in order: the impact assessment's one sheet per summary. */
export async function renderSheetsXlsx(sheets: readonly TableSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mhhs';
  for (const sheet of sheets) addTableSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
