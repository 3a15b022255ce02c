/**
 * RTTM as an Excel workbook, for testers who work in Excel: an "RTTM" sheet (styled header,
 * autofilter, frozen header row, status cells coloured) and a "Summary" sheet (scope, totals,
 * coverage %).
 */
import ExcelJS from 'exceljs';
import type { CoverageStatus, Rttm } from '../domain/results.js';
import { describeScope, RTTM_COLUMNS, rttmCells, rttmTotalsLines } from './rttm-table.js';

/** ARGB fills: green covered, amber covered only indirectly, red not covered. */
const STATUS_FILL: Record<CoverageStatus, string> = {
  DIRECT: 'FFC6EFCE',
  VIA_INTERFACE: 'FFFFEB9C',
  NONE: 'FFFFC7CE',
};
const HEADER_FILL = 'FF1F4E78';
const COLUMN_WIDTHS = [18, 48, 15, 30, 40, 10];
const STATUS_COLUMN = RTTM_COLUMNS.indexOf('Status') + 1;

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

interface TableSheet {
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
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

function addRttmSheet(workbook: ExcelJS.Workbook, rttm: Rttm): void {
  const sheet = addTableSheet(workbook, { name: 'RTTM', columns: RTTM_COLUMNS, widths: COLUMN_WIDTHS, rows: rttm.rows.map(rttmCells) });
  rttm.rows.forEach((row, i) => {
    sheet.getRow(i + 2).getCell(STATUS_COLUMN).fill = solid(STATUS_FILL[row.status]);
  });
}

function addSummarySheet(workbook: ExcelJS.Workbook, rttm: Rttm): void {
  const sheet = workbook.addWorksheet('Summary');
  sheet.columns = [{ width: 16 }, { width: 60 }];
  sheet.addRow(['Scope', describeScope(rttm.scope)]);
  sheet.addRow([]);
  // Numbers, not text, so a tester can compute with them.
  for (const { label, value, decimals } of rttmTotalsLines(rttm)) {
    sheet.addRow([label, value]).getCell(2).numFmt = decimals === 0 ? '0' : '0.0';
  }
  sheet.getColumn(1).font = { bold: true };
}

export async function renderRttmXlsx(rttm: Rttm): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mhhs';
  addRttmSheet(workbook, rttm);
  addSummarySheet(workbook, rttm);
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
