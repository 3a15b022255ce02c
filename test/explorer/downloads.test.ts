/** The explorer's download links: the CLI's exports over HTTP, from the same domain query and renderer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeTrace } from '../../src/domain/code-trace.js';
import { impactOf } from '../../src/domain/impact.js';
import { roleView } from '../../src/domain/role-view.js';
import { rttm } from '../../src/domain/rttm.js';
import { CODE_TRACE_FORMATS, IMPACT_FORMATS, ROLE_VIEW_FORMATS, RTTM_FORMATS } from '../../src/export/formats.js';
import { sharedModel } from '../support/models.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { GraphStore } from '../../src/store/port.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { readXlsx, sheetRows } from '../export/read-xlsx.js';

describe('GET /export/…', () => {
  let store: GraphStore;
  let server: RunningServer;
  beforeAll(async () => {
    store = createMemoryStore(await sharedModel(SMALL_MODEL_DIR));
    server = await startServer({ store, port: 0 });
  });
  afterAll(() => server.close());

  const get = (path: string) => fetch(`${server.origin}${path}`);

  it('serves the RTTM workbook of a scope, named after it, with the rows the CLI writes', async () => {
    const response = await get('/export/rttm.xlsx?phase=SIT-FUNCTIONAL&role=ADS');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rttm-SIT-FUNCTIONAL-ADS.xlsx"');
    const served = await readXlsx(Buffer.from(await response.arrayBuffer()));
    const cli = await readXlsx((await RTTM_FORMATS.xlsx!(await rttm(store, { phase: 'SIT-FUNCTIONAL', role: 'ADS' }))) as Buffer);
    expect(served.worksheets.map((s) => s.name)).toEqual(['RTTM', 'Requirement x Test case', 'Summary']);
    expect(sheetRows(served.getWorksheet('RTTM')!)).toEqual(sheetRows(cli.getWorksheet('RTTM')!));
    expect(sheetRows(served.getWorksheet('RTTM')!).length).toBeGreaterThan(1);
  });

  it("names a release-scoped workbook after the release and writes the scope's note in its Summary", async () => {
    const response = await get('/export/rttm.xlsx?phase=SIT-FUNCTIONAL&release=IR5');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rttm-SIT-FUNCTIONAL-IR5.xlsx"');
    const summary = sheetRows((await readXlsx(Buffer.from(await response.arrayBuffer()))).getWorksheet('Summary')!);
    expect(summary.slice(0, 2)).toEqual([
      ['Scope', 'phase SIT-FUNCTIONAL (SIT Functional), design release IR5 (Interim release 5)'],
      ['Scope note', 'IR5 implements CR023: scoped by the 1 requirement it changes, directly or through an interface or process step'],
    ]);
  });

  it('serves CSV byte for byte as the CLI renders it, for each query', async () => {
    const cases: [string, () => Promise<string | Buffer>][] = [
      ['/export/rttm.csv?phase=PIT', async () => RTTM_FORMATS.csv!(await rttm(store, { phase: 'PIT' }))],
      ['/export/rttm.csv?phase=SIT-FUNCTIONAL&release=IR5', async () => RTTM_FORMATS.csv!(await rttm(store, { phase: 'SIT-FUNCTIONAL', release: 'IR5' }))],
      ['/export/impact.csv?changeRequest=CR023', async () => IMPACT_FORMATS.csv!(await impactOf(store, { changeRequest: 'CR023' }))],
      ['/export/impact.csv?changed=IF-021,BRS007-FR-001&maxDepth=2', async () => IMPACT_FORMATS.csv!(await impactOf(store, { changed: ['IF-021', 'BRS007-FR-001'], maxDepth: 2 }))],
      ['/export/codes.csv?code=BSC', async () => CODE_TRACE_FORMATS.csv!(await codeTrace(store, { code: 'BSC' }))],
      ['/export/role.csv?role=ADS', async () => ROLE_VIEW_FORMATS.csv!(await roleView(store, 'ADS'))],
    ];
    for (const [path, cli] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text, path).toBe(await cli());
      expect(text.split('\r\n').length, path).toBeGreaterThan(2);
    }
  });

  it('answers a bad argument with 400 and an unknown element with 404, naming the problem', async () => {
    const unknown = await get('/export/rttm.csv?role=NOBODY');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ code: 'NOT_FOUND', error: expect.stringContaining('NOBODY') });
    const bad = await get('/export/impact.xlsx?changed=IF-021&maxDepth=deep');
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe('BAD_USER_INPUT');
    expect((await get('/export/role.csv')).status).toBe(400);
    expect((await get('/export/rttm.pdf')).status).toBe(404);
    expect((await get('/export/nothing.csv')).status).toBe(404);
  });
});
