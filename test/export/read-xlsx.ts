/** Reads a workbook back with exceljs, as a tester's Excel would open it. */
import ExcelJS from 'exceljs';

/** The rows of a sheet as plain arrays (exceljs rows are 1-based, with a hole at index 0). */
export const sheetRows = (sheet: ExcelJS.Worksheet): unknown[][] =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

export async function readXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer` type (an ArrayBuffer); a Node Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
