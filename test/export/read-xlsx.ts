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

/** A `cellIs equal` rule's value: its formula is a quoted string. */
export const equalTo = (rule: ExcelJS.ConditionalFormattingRule): string | null =>
  rule.type === 'cellIs' && rule.operator === 'equal' ? (rule.formulae?.[0]?.toString().replace(/^"|"$/g, '') ?? null) : null;

/** A sheet's conditional formatting as read back (exceljs reads it but its typings do not declare it). */
export const conditionalFormattingsOf = (sheet: ExcelJS.Worksheet): readonly ExcelJS.ConditionalFormattingOptions[] =>
  (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;

/**
 * The fill a spreadsheet paints a cell by the sheet's conditional formatting (its `cellIs equal`
 * rules, by priority), worked out as Excel would from the cell's value; null when no rule matches.
 */
export function conditionalFillOf(sheet: ExcelJS.Worksheet, address: string): string | null {
  const cell = sheet.getCell(address);
  const covering = conditionalFormattingsOf(sheet).filter(({ ref }) => {
    const [from, to = from] = ref.split(':').map((a) => sheet.getCell(a!));
    return cell.row >= from!.row && cell.row <= to!.row && cell.col >= from!.col && cell.col <= to!.col;
  });
  const rule = covering
    .flatMap(({ rules }) => rules)
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))
    .find((r) => equalTo(r) === String(cell.value));
  return (rule?.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb ?? null;
}
