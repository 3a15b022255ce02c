import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../src/export/xlsx-thread.js';
import { renderTableXlsx, type TableSheet } from '../../src/export/xlsx.js';
import { readXlsx, sheetRows } from './read-xlsx.js';

/** A sheet as large as a whole-model export: 30,000 rows of five cells. */
const LARGE: TableSheet = {
  name: 'Large',
  columns: ['Id', 'Name', 'Kind', 'Depth', 'Path'],
  widths: [12, 30, 12, 6, 60],
  rows: Array.from({ length: 30_000 }, (_, i) => [`REQ-${i}`, `Requirement ${i}`, 'Requirement', String(i % 7), `REQ-${i} -[VERIFIES]- TC-${i}`]),
};
const SUMMARY = [['Rows', LARGE.rows.length]] as const;

/**
 * The longest the event loop stood still while `render` ran, in ms: the largest gap between the
 * ticks of a 10 ms interval (perf_hooks' event-loop delay histogram misses a stall that lasts
 * until it is read).
 */
async function longestStall(render: () => Promise<Buffer>): Promise<{ stallMs: number; file: Buffer }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  try {
    const file = await render();
    stallMs = Math.max(stallMs, performance.now() - last);
    return { stallMs, file };
  } finally {
    clearInterval(tick);
  }
}

describe('workbooks rendered on a worker thread', () => {
  it('give the same workbook as rendering in the process', async () => {
    const small: TableSheet = { ...LARGE, rows: LARGE.rows.slice(0, 3) };
    const read = async (file: Buffer) => (await readXlsx(file)).worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
    expect(await read(await renderWorkbook('renderTableXlsx', small, SUMMARY))).toEqual(await read(await renderTableXlsx(small, SUMMARY)));
  });

  it('leave the event loop free while a large one renders, where rendering in the process holds it', async () => {
    const inProcess = await longestStall(() => renderTableXlsx(LARGE, SUMMARY));
    const offThread = await longestStall(() => renderWorkbook('renderTableXlsx', LARGE, SUMMARY));
    expect(offThread.file.length).toBeGreaterThan(500_000);
    // Relative, so a busy machine slows both: in the process the loop stalls for most of the render.
    expect(offThread.stallMs * 4).toBeLessThan(inProcess.stallMs);
  }, 60_000);

  it('reject with the renderer’s error, and the process goes on', async () => {
    const broken = { ...LARGE, rows: null } as unknown as TableSheet;
    await expect(renderWorkbook('renderTableXlsx', broken, SUMMARY)).rejects.toThrow();
  });
});
