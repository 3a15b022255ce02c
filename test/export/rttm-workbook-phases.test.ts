/**
 * The workbook of several phases, from the domain on the small fixture model: a sheet pair per
 * phase beside the combined sheets, each phase counting only its own test cases, and a Summary
 * naming the design it was built from and the coverage per phase — checked cell by cell.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rttm } from '../../src/domain/rttm.js';
import { renderRttmXlsx } from '../../src/export/xlsx.js';
import { sharedModel } from '../support/models.js';
import { BASELINE, scopedStore } from '../../src/store/design-scope.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { readXlsx, sheetRows } from './read-xlsx.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

describe('RTTM workbook of several phases', () => {
  let workbook: ExcelJS.Workbook;
  let modelHash: string;
  beforeAll(async () => {
    const model = await sharedModel(SMALL_MODEL_DIR);
    modelHash = model.hash;
    const store = scopedStore(createMemoryStore(model), BASELINE);
    const matrix = await rttm(store, { phases: ['SIT-FUNCTIONAL', 'PIT'], role: 'ADS' }, { model: { modelHash, gitCommit: COMMIT } });
    workbook = await readXlsx(await renderRttmXlsx(matrix));
  });

  it('has the combined sheets, then an RTTM and a pair sheet per phase, then the Summary', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'RTTM',
      'Requirement x Test case',
      'RTTM PIT',
      'Pairs PIT',
      'RTTM SIT-FUNCTIONAL',
      'Pairs SIT-FUNCTIONAL',
      'Summary',
    ]);
  });

  it("counts only PIT's test cases on the PIT sheet", () => {
    // FR-001: only TC-PIT-001-02, exercising IF-021, covers it in PIT (no result); FR-002's test case is SIT's.
    const sheet = workbook.getWorksheet('RTTM PIT')!;
    expect(sheetRows(sheet).slice(1)).toEqual([
      ['BRS007-FR-001', 'Send consumption data', 'The Advanced Data Service shall send consumption data to the Supplier.', 'BRS007', 'ADS', 'PIT', 'VIA_INTERFACE', 'NOT_RUN', '', 'TC-PIT-001-02 via IF-021', 'TC-PIT-001-02 NOT_RUN', 'yes'],
      ['BRS007-FR-002', 'Receive smart consumption data', 'The Advanced Data Service shall accept smart consumption data from the Meter Data Retriever.', 'BRS007', 'ADS', '', 'NONE', 'NO_TEST_CASE', '', '', '', 'yes'],
      ['BRS007-FR-003', 'Validate smart consumption data', 'The Advanced Data Service shall validate smart consumption data before use.', 'BRS007', 'ADS; SUPPLIER', '', 'NONE', 'NO_TEST_CASE', '', '', '', 'yes'],
    ]);
    expect(sheet.autoFilter).toBe('A1:L4');
  });

  it('lists SIT Functional pairs with their latest results, and its orphans with theirs', () => {
    // TC-SITF-001-01 verifies FR-001 and exercises its IF-021; it failed, then passed (latest); TC-SITF-001-02 names [MDR], so it is no orphan of ADS's matrix.
    expect(sheetRows(workbook.getWorksheet('Pairs SIT-FUNCTIONAL')!).slice(1)).toEqual([
      ['BRS007-FR-001', 'Send consumption data', 'The Advanced Data Service shall send consumption data to the Supplier.', 'BRS007', 'ADS', 'SIT-FUNCTIONAL', 'TC-SITF-001-01', expect.any(String), 'IF-021', 'DIRECT', 'PASSED', 'TR-SIT-F-C1-002', '2024-03-14T09:00:00Z', 'Acme Energy', 'yes'],
      ['BRS007-FR-002', 'Receive smart consumption data', 'The Advanced Data Service shall accept smart consumption data from the Meter Data Retriever.', 'BRS007', 'ADS', 'SIT-FUNCTIONAL', 'TC-SITF-001-02', expect.any(String), 'IF-041', 'VIA_INTERFACE', 'BLOCKED', 'TR-SIT-F-C1-003', '2024-03-14T10:00:00Z', 'Acme Energy', 'yes'],
      ['BRS007-FR-003', 'Validate smart consumption data', 'The Advanced Data Service shall validate smart consumption data before use.', 'BRS007', 'ADS; SUPPLIER', '', '', '', '', 'NONE', '', '', '', '', 'yes'],
    ]);
    // The PIT orphan TC-PIT-001-02 names no roles: it stays in ADS's matrix, with no result.
    expect(sheetRows(workbook.getWorksheet('Pairs PIT')!).at(-1)).toEqual(['', '', '', '', '', 'PIT', 'TC-PIT-001-02', expect.any(String), '', 'NO_REQUIREMENT', 'NOT_RUN', '', '', '', 'yes']);
  });

  it('names the model hash and git commit, and gives the coverage of each phase', () => {
    const summary = sheetRows(workbook.getWorksheet('Summary')!);
    expect(summary.slice(0, 3)).toEqual([
      ['Scope', 'phases PIT (Pre-Integration Testing), SIT-FUNCTIONAL (SIT Functional), role ADS (Advanced Data Service)'],
      ['Model hash', modelHash],
      ['Git commit', COMMIT],
    ]);
    const value = (label: string) => summary.find((row) => row[0] === label)?.[1];
    // Both phases: FR-001 DIRECT (SIT), FR-002 VIA_INTERFACE, FR-003 NONE.
    expect([value('Direct coverage %'), value('Design coverage % (direct + via interface)'), value('Passed %')]).toEqual([33.3, 66.7, 33.3]);
    // PIT alone: FR-001 via interface only; SIT Functional alone: the same as both.
    expect([value('PIT: Direct coverage %'), value('PIT: Design coverage % (direct + via interface)'), value('PIT: Not run')]).toEqual([0, 33.3, 1]);
    expect([value('SIT-FUNCTIONAL: Direct coverage %'), value('SIT-FUNCTIONAL: Blocked'), value('SIT-FUNCTIONAL: Verified (direct test passed)')]).toEqual([33.3, 1, 1]);
  });
});
