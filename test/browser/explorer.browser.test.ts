/** The explorer in a real browser: what a design-team member, a tester and a code drafter do without writing GraphQL. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { loadModel } from '../../src/model/load.js';
import { watchModel } from '../../src/server/model-watch.js';
import { startServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import type {} from '../../src/web/picture-handle.js';
import { readXlsx, sheetRows } from '../export/read-xlsx.js';
import type { Page } from 'puppeteer-core';
import { downloadVia, openSession, paintedPixels, type Session } from './support/browser.js';

describe('explorer in chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('finds IF-021 from the search box, draws its neighbourhood, and opens a neighbour clicked in the picture', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.origin}/`);
    await page.type('input[type=search]', 'IF-021');
    await page.keyboard.press('Enter');
    await page.waitForSelector('ul.hits a[href="/explorer/IF-021"]');
    const badges = await page.$$eval('ul.hits li', (lis) => lis.map((li) => [li.querySelector('a')?.textContent, li.querySelector('.badge')?.textContent]));
    expect(badges).toContainEqual(['IF-021', 'Interface']);
    await session.screenshot(page, 'search');

    await page.select('form.search select[name=kind]', 'Interface');
    await page.click('form.search button[type=submit]');
    await page.waitForFunction(() => location.search === '?q=IF-021&kind=Interface');
    await page.waitForFunction(() => !document.querySelector('.results .loading') && document.querySelectorAll('ul.hits li').length > 0);
    expect(new Set(await page.$$eval('ul.hits li .badge', (bs) => bs.map((b) => b.textContent)))).toEqual(new Set(['Interface']));

    await page.click('ul.hits a[href="/explorer/IF-021"]');
    await page.waitForFunction(() => location.pathname === '/explorer/IF-021');
    await page.waitForSelector('#picture canvas');
    await page.waitForFunction(() => (window.mhhsPicture?.nodeCount() ?? 0) > 1);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('IF-021');
    // The model's identity on every page: its hash, the git commit it is checked out at, the store, its size.
    await page.waitForSelector('#identity #git-commit');
    expect(await page.$eval('#identity', (el) => el.textContent)).toMatch(/^model [0-9a-f]{12} · memory store · git [0-9a-f]{10}.* · \d+ elements/);
    expect(await page.$eval('.banner.examples', (el) => el.textContent)).toMatch(/^\d+ of \d+ elements are examples/);
    expect(await page.$eval('.provenance', (p) => p.textContent)).toMatch(/Fact|Example/);
    const links = await page.$$eval('.relationship-list a', (as) => as.map((a) => a.getAttribute('href')));
    // IF-021's directions are interface flows (sender → receiver per pair), its neighbours here.
    expect(links).toContain('/explorer/IF-021-ADS-TO-MDS');
    expect(await paintedPixels(page, '#picture')).toBeGreaterThan(500);
    await session.screenshot(page, 'element-IF-021');

    const box = await page.$eval('#picture', (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top };
    });
    const at = await page.evaluate(() => window.mhhsPicture?.positionOf('IF-021-ADS-TO-MDS'));
    expect(at).toBeTruthy();
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    await page.waitForFunction(() => location.pathname === '/explorer/IF-021-ADS-TO-MDS');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('IF-021-ADS-TO-MDS'));
    await page.close();
    expect(session.outside).toEqual([]);
  });

  it('assesses a change request chosen from the list, then changed elements typed in: grouped paths, the impact tree drawn, the XLSX downloaded', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.origin}/explorer/impact`);
    await page.waitForSelector('#pick-changeRequest option[value="CR023"]');
    await page.select('#pick-changeRequest', 'CR023');
    await page.click('#impact-form button[type=submit]');
    await page.waitForFunction(() => location.search === '?changeRequest=CR023');
    await page.waitForSelector('.headline');
    // CR023's changes are a design-team author's example links (IF-021, IF-041): its impact is grouped and drawn.
    expect(await page.$eval('.headline', (p) => p.textContent)).toContain('CR023 (Standardisation of Interfaces');
    await page.waitForSelector('.kind-group');
    await page.waitForFunction(() => (window.mhhsPicture?.nodeCount() ?? 0) > 2);
    const crPaths = await page.$$eval('.kind-group .path', (cells) => cells.map((c) => c.textContent ?? ''));
    expect(crPaths.length).toBeGreaterThan(10);
    expect(crPaths.every((p) => /^(CR023|IF-0(21|41)) /.test(p)), crPaths.slice(0, 3).join(' | ')).toBe(true);
    await session.screenshot(page, 'impact-CR023');

    await page.select('#pick-changeRequest', '');
    await page.type('#changed', 'IF-021, IF-041');
    await page.$eval('#maxDepth', (input) => ((input as HTMLInputElement).value = '2'));
    await page.click('#impact-form button[type=submit]');
    await page.waitForFunction(() => location.search === '?changed=IF-021%2CIF-041&maxDepth=2');
    await page.waitForSelector('.kind-group');
    await page.waitForFunction(() => (window.mhhsPicture?.nodeCount() ?? 0) > 2);
    expect(await page.$eval('.headline', (p) => p.textContent)).toMatch(/^\d+ elements impacted within depth 2 by IF-021, IF-041/);
    const paths = await page.$$eval('.kind-group .path', (cells) => cells.map((c) => c.textContent ?? ''));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.every((p) => /^IF-0(21|41) .*-\[:[A-Z_]+/.test(p))).toBe(true);
    expect(await paintedPixels(page, '#picture')).toBeGreaterThan(500);
    await session.screenshot(page, 'impact-IF-021-IF-041');

    const file = await downloadVia(page, session, '.downloads a[data-format=xlsx]');
    expect(file.name).toBe('impact-IF-021_IF-041.xlsx');
    const rows = sheetRows((await readXlsx(file.bytes)).getWorksheet('Impact')!);
    expect(rows[0]).toEqual(['Kind', 'Id', 'Name', 'Depth', 'Path']);
    expect(rows.length - 1).toBe(paths.length);
    await page.close();
    expect(session.outside).toEqual([]);
  });

  it('shows the RTTM for SIT Functional × ADS with totals, filters rows by status and text, sorts, and downloads it', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.origin}/explorer/rttm`);
    await page.waitForSelector('#pick-phase input[value="SIT-FUNCTIONAL"]');
    await page.click('#pick-phase input[value="SIT-FUNCTIONAL"]');
    await page.select('#pick-role', 'ADS');
    await page.click('#rttm-form button[type=submit]');
    await page.waitForFunction(() => location.search === '?phase=SIT-FUNCTIONAL&role=ADS');
    await page.waitForSelector('#rttm-totals');
    const rowStatuses = () => page.$$eval('table.data tbody tr', (trs) => trs.map((tr) => tr.className));
    const all = await rowStatuses();
    const total = Number(await page.$eval('#rttm-totals div:first-child strong', (s) => s.textContent));
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBeGreaterThan(1);
    // Execution status per row (the column after Status), and totals that agree with it.
    const executions = await page.$$eval('table.data tbody tr', (trs) => trs.map((tr) => [tr.className, tr.querySelector('.execution')?.textContent ?? '']));
    expect(executions.every(([, execution]) => ['PASSED', 'FAILED', 'BLOCKED', 'NOT_RUN', 'NO_TEST_CASE'].includes(execution!))).toBe(true);
    const totalOf = (id: string) => page.$eval(`#${id} strong`, (s) => s.textContent ?? '');
    const count = (test: (row: string[]) => boolean) => String(executions.filter(test).length);
    expect(await totalOf('total-passed')).toBe(count(([c, e]) => c === 'status-DIRECT' && e === 'PASSED'));
    expect(await totalOf('total-failed')).toBe(count(([, e]) => e === 'FAILED'));
    expect(await totalOf('total-not-run')).toBe(count(([, e]) => e === 'NOT_RUN'));
    expect(Number(await totalOf('total-passed'))).toBeGreaterThan(0);
    const direct = executions.filter(([c]) => c === 'status-DIRECT').length;
    expect(await totalOf('total-direct-percent')).toBe(`${(Math.round((direct / total) * 1000) / 10).toFixed(1)} %`);
    await session.screenshot(page, 'rttm-SIT-FUNCTIONAL-ADS');

    await page.click('fieldset.status-filter input[value=DIRECT]');
    const withoutDirect = await rowStatuses();
    expect(withoutDirect.length).toBe(all.filter((c) => c !== 'status-DIRECT').length);
    expect(withoutDirect).not.toContain('status-DIRECT');
    await page.click('fieldset.status-filter input[value=DIRECT]');

    const firstId = await page.$eval('table.data tbody tr td a', (a) => a.textContent ?? '');
    await page.type('.table-filter', firstId);
    expect((await page.$$eval('table.data tbody tr td:first-child', (tds) => tds.map((td) => td.textContent)))).toEqual([firstId]);
    await page.$eval('.table-filter', (input) => {
      (input as HTMLInputElement).value = '';
      input.dispatchEvent(new Event('input'));
    });
    await page.click('table.data th:first-child');
    await page.click('table.data th:first-child');
    const descending = await page.$$eval('table.data tbody tr td:first-child', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })));

    const file = await downloadVia(page, session, '.downloads a[data-format=xlsx]');
    expect(file.name).toBe('rttm-SIT-FUNCTIONAL-ADS.xlsx');
    const rows = sheetRows((await readXlsx(file.bytes)).getWorksheet('RTTM')!);
    expect(rows.length - 1).toBe(total);
    await page.close();
    expect(session.outside).toEqual([]);
  });

  /** The RTTM of a scope as the API answers it: rows (requirement, status class, execution) and totals. */
  const graphqlRttm = async (args: string) => {
    const response = await fetch(`${session.server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ rttm(${args}) { rows { requirement { id } status execution } totals { requirements direct passed failed blocked notRun directCoveragePercent } scope { baseline { commit } notes } } }`,
      }),
    });
    const { data, errors } = (await response.json()) as { data: { rttm: GraphqlRttm }; errors?: unknown };
    expect(errors).toBeUndefined();
    return data.rttm;
  };
  interface GraphqlRttm {
    rows: { requirement: { id: string }; status: string; execution: string }[];
    totals: Record<string, number>;
    scope: { baseline: { commit: string } | null; notes: string[] };
  }
  const shownRows = (page: Page) =>
    page.$$eval('table.data tbody tr', (trs) => trs.map((tr) => [tr.querySelector('td a')?.textContent ?? '', tr.className, tr.querySelector('.execution')?.textContent ?? '']));
  const shownTotal = (page: Page, id: string) => page.$eval(`#${id} strong`, (s) => s.textContent ?? '');

  it('scopes the RTTM to several phases, a role, a participant and a baseline, in the URL, the table and every download', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.origin}/explorer/rttm`);
    await page.waitForSelector('#pick-phase input[value="SIT-CIT"]');
    await page.click('#pick-phase input[value="SIT-CIT"]');
    await page.click('#pick-phase input[value="SIT-FUNCTIONAL"]');
    await page.select('#pick-role', 'ADS');
    // The participant box suggests the organisations the recorded results name.
    expect(await page.$$eval('#participant-suggestions option', (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]))).toEqual([['Example ADS Ltd', '4 results']]);
    await page.type('#pick-participant', 'Example ADS Ltd');
    await page.type('#pick-baseline', 'HEAD');
    await page.click('#rttm-form button[type=submit]');
    const search = '?phase=SIT-CIT&phase=SIT-FUNCTIONAL&role=ADS&participant=Example+ADS+Ltd&baseline=HEAD';
    await page.waitForFunction((s) => location.search === s, {}, search);
    await page.waitForSelector('#rttm-totals');

    // The table and the totals are the API's answer for the same scope, row by row.
    const api = await graphqlRttm('phases: ["SIT-CIT", "SIT-FUNCTIONAL"], role: "ADS", participant: "Example ADS Ltd", baseline: "HEAD"');
    expect(await shownRows(page)).toEqual(api.rows.map((r) => [r.requirement.id, `status-${r.status}`, r.execution]));
    expect(api.rows.length).toBeGreaterThan(0);
    expect(await shownTotal(page, 'total-passed')).toBe(String(api.totals.passed));
    expect(await shownTotal(page, 'total-failed')).toBe(String(api.totals.failed));
    expect(await shownTotal(page, 'total-not-run')).toBe(String(api.totals.notRun));
    expect(await shownTotal(page, 'total-direct-percent')).toBe(`${api.totals.directCoveragePercent!.toFixed(1)} %`);
    // The participant's results make rows PASSED (the shipped results are all Example ADS Ltd's).
    expect(api.totals.passed).toBeGreaterThan(0);
    expect(await page.$eval('#rttm-baseline', (p) => p.textContent)).toContain(`The design at HEAD (commit ${api.scope.baseline!.commit.slice(0, 12)})`);
    await session.screenshot(page, 'rttm-phases-participant-baseline');

    // Every download carries the same scope.
    const hrefs = await page.$$eval('.downloads a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['xlsx', 'csv', 'md'].map((format) => `/export/rttm.${format}${search}`));
    const file = await downloadVia(page, session, '.downloads a[data-format=xlsx]');
    const workbook = await readXlsx(file.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['RTTM', 'Requirement x Test case', 'RTTM SIT-CIT', 'Pairs SIT-CIT', 'RTTM SIT-FUNCTIONAL', 'Pairs SIT-FUNCTIONAL', 'Summary']);
    expect(sheetRows(workbook.getWorksheet('RTTM')!).slice(1).map((row) => [row[0], row[6], row[7]])).toEqual(api.rows.map((r) => [r.requirement.id, r.status, r.execution]));
    expect(String(sheetRows(workbook.getWorksheet('Summary')!)[0]![1])).toMatch(/^phases SIT-CIT .*SIT-FUNCTIONAL .*role ADS .*participant Example ADS Ltd, design at HEAD/);
    const markdown = await (await fetch(`${session.server.origin}${hrefs[2]}`)).text();
    expect(markdown.split('\n')[0]).toMatch(/participant Example ADS Ltd, design at HEAD/);

    // The URL alone gives the same page: the form is filled from it.
    await page.goto(`${session.server.origin}/explorer/rttm${search}`);
    await page.waitForSelector('#rttm-totals');
    expect(await page.$$eval('#pick-phase input:checked', (boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['SIT-CIT', 'SIT-FUNCTIONAL']);
    expect(await page.$eval('#pick-participant', (input) => (input as HTMLInputElement).value)).toBe('Example ADS Ltd');
    expect(await shownRows(page)).toEqual(api.rows.map((r) => [r.requirement.id, `status-${r.status}`, r.execution]));
    await page.close();
    expect(session.outside).toEqual([]);
  });

  it('scopes the RTTM to an entry interval that enters a system and to a design release, says how, and downloads the same scope', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.origin}/explorer/rttm`);
    await page.waitForSelector('#pick-interval option[value="SIT-CIT-INTERVAL-2"]');
    await page.select('#pick-interval', 'SIT-CIT-INTERVAL-2');
    await page.click('#rttm-form button[type=submit]');
    await page.waitForFunction(() => location.search === '?interval=SIT-CIT-INTERVAL-2');
    await page.waitForSelector('#rttm-totals');
    const api = await graphqlRttm('interval: "SIT-CIT-INTERVAL-2"');
    expect(await page.$$eval('#rttm-notes li', (lis) => lis.map((li) => li.textContent))).toEqual(api.scope.notes);
    expect(api.scope.notes).toEqual(['SIT-CIT-INTERVAL-2 enters the system MPRS: scoped by the role it serves, REGISTRATION']);
    expect(await shownRows(page)).toEqual(api.rows.map((r) => [r.requirement.id, `status-${r.status}`, r.execution]));
    expect(await shownTotal(page, 'total-not-run')).toBe(String(api.totals.notRun));
    const csvHref = await page.$eval('.downloads a[data-format=csv]', (a) => a.getAttribute('href'));
    expect(csvHref).toBe('/export/rttm.csv?interval=SIT-CIT-INTERVAL-2');
    const csv = await (await fetch(`${session.server.origin}${csvHref}`)).text();
    expect(csv.trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[0])).toEqual(api.rows.map((r) => r.requirement.id));
    await session.screenshot(page, 'rttm-interval-2');

    // A design release whose change requests name nothing they change: an empty matrix, and why.
    await page.select('#pick-interval', '');
    await page.select('#pick-release', 'IR5');
    await page.click('#rttm-form button[type=submit]');
    await page.waitForFunction(() => location.search === '?release=IR5');
    await page.waitForFunction(() => document.querySelector('#rttm-notes li')?.textContent?.startsWith('IR5'));
    const release = await graphqlRttm('release: "IR5"');
    expect(await page.$$eval('#rttm-notes li', (lis) => lis.map((li) => li.textContent))).toEqual(release.scope.notes);
    expect(release.scope.notes).toEqual(['IR5 implements CR019, which names no requirement, interface or process step it changes: no requirement is in its scope']);
    expect(await shownTotal(page, 'total-passed')).toBe('0');
    expect(await page.$eval('.downloads a[data-format=md]', (a) => a.getAttribute('href'))).toBe('/export/rttm.md?release=IR5');
    await page.close();
    expect(session.outside).toEqual([]);
  });

  it('shows the code trace and a role view as tables', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.origin}/explorer/codes?code=BSC`);
    await page.waitForSelector('#codes-result table.data tbody tr');
    expect(await page.$$eval('#codes-result table.data tbody tr td:first-child', (tds) => tds.every((td) => td.textContent?.startsWith('BSC-')))).toBe(true);
    await session.screenshot(page, 'codes-BSC');
    await page.goto(`${session.server.origin}/explorer/role?role=ADS`);
    await page.waitForSelector('#role-result table.data tbody tr');
    const sections = await page.$$eval('#role-result table.data tbody tr td:first-child', (tds) => new Set(tds.map((td) => td.textContent)).size);
    expect(sections).toBeGreaterThan(2);
    await session.screenshot(page, 'role-ADS');
    await page.close();
    expect(session.outside).toEqual([]);
  });

  it('runs a query in GraphiQL, with nothing leaving 127.0.0.1', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.origin}/graphql`);
    await page.waitForSelector('.graphiql-container .graphiql-execute-button');
    // The tabs are the example questions; the first is the design team's impact query.
    expect(await page.$$eval('.graphiql-tab', (tabs) => tabs.length)).toBeGreaterThanOrEqual(4);
    await page.waitForSelector('#model-identity');
    expect(await page.$eval('#model-identity', (el) => el.textContent)).toMatch(/model [0-9a-f]{12} · memory store · \d+ elements · \d+ are examples/);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"byKind"'), { timeout: 20_000 });
    await session.screenshot(page, 'graphiql');
    await page.close();
    expect(session.outside).toEqual([]);
  });

  it('shows a relationship\'s own provenance, and the problem list when the watched model files become invalid while the last valid model keeps answering', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mhhs-watch-browser-'));
    await cp(SMALL_MODEL_DIR, dir, { recursive: true });
    const model = await loadModel(dir);
    const watch = watchModel({ dir, model, store: createMemoryStore(model), logger: silentLogger, debounceMs: 50 });
    const server = await startServer({ store: watch.current(), port: 0, watch });
    try {
      const page = await session.newPage();
      // A relationship carries its own provenance: CR023 changes IF-021 by inference, and says why.
      await page.goto(`${server.origin}/explorer/CR023`);
      await page.waitForSelector('.relationship-list .inferred-tag');
      expect(await page.$eval('.relationship-list .inferred-tag', (t) => t.textContent)).toBe('inferred: from the CR title');

      await page.goto(`${server.origin}/explorer/IF-021`);
      await page.waitForSelector('#identity #model-hash');
      expect(await page.$eval('#identity', (el) => el.textContent)).toContain('watching model files');
      const file = join(dir, 'interfaces.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/to: \[[^\]]*\]/, 'to: [NOBODY]'));
      await page.waitForSelector('.banner.problems li', { timeout: 15_000 });
      expect(await page.$eval('.banner.problems', (b) => b.textContent)).toMatch(/still serving the previous model.*interfaces\.yaml:\d+:\d+.*NOBODY/s);
      expect(await page.$eval('#model-hash', (c) => c.textContent)).toBe(model.hash.slice(0, 12));
      await session.screenshot(page, 'reload-problems');
      await page.close();
    } finally {
      watch.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
    expect(session.outside).toEqual([]);
  });
});
