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

function addRttmSheet(workbook: ExcelJS.Workbook, rttm: Rttm): void {
  const sheet = workbook.addWorksheet('RTTM', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = RTTM_COLUMNS.map((header, i) => ({ header, width: COLUMN_WIDTHS[i] }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = solid(HEADER_FILL);
  for (const row of rttm.rows) {
    sheet.addRow(rttmCells(row)).getCell(STATUS_COLUMN).fill = solid(STATUS_FILL[row.status]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: RTTM_COLUMNS.length } };
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
