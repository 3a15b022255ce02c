import { describe, expect, it } from 'vitest';
import { IMPACT_FORMATS } from '../../src/export/formats.js';
import { impactTable, renderTableCsv } from '../../src/export/table.js';
import { readXlsx, sheetRows } from './read-xlsx.js';
import { sampleImpact } from './sample-results.js';

describe('impact as a table (CSV, XLSX)', () => {
  it('has a row per impacted element, kind by kind, with its depth and the path explaining it, examples marked', () => {
    const table = impactTable(sampleImpact);
    expect(table.columns).toEqual(['Kind', 'Id', 'Name', 'Depth', 'Path']);
    expect(table.rows).toHaveLength(sampleImpact.impacted.length);
    expect(table.rows.map((r) => r.slice(0, 2))).toEqual([['Requirement', 'BRS007-FR-002'], ['TestCase', 'TC-003']]);
    expect(table.rows[1]?.slice(3)).toEqual(['2', 'IF-021 <-[:REALISED_BY]- BRS007-FR-002 <-[:VERIFIES]- TC-003']);
    const csv = renderTableCsv(table);
    expect(csv.split('\r\n')[0]).toBe('Kind,Id,Name,Depth,Path');
  });

  it('as a workbook: the same rows on an "Impact" sheet and the counts on "Summary"', async () => {
    const workbook = await readXlsx((await IMPACT_FORMATS.xlsx!(sampleImpact)) as Buffer);
    expect(sheetRows(workbook.getWorksheet('Impact')!).slice(1)).toEqual(impactTable(sampleImpact).rows.map((r) => [...r]));
    expect(sheetRows(workbook.getWorksheet('Summary')!)).toContainEqual(['Impacted elements', sampleImpact.impacted.length]);
  });
});
