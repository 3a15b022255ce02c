/** The explorer in a real browser: what a design-team member, a tester and a code drafter do without writing GraphQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../src/web/picture-handle.js';
import { openSession, paintedPixels, type Session } from './support/browser.js';

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

    await page.click('ul.hits a[href="/explorer/IF-021"]');
    await page.waitForFunction(() => location.pathname === '/explorer/IF-021');
    await page.waitForSelector('#picture canvas');
    await page.waitForFunction(() => (window.mhhsPicture?.nodeCount() ?? 0) > 1);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('IF-021');
    expect(await page.$eval('.provenance', (p) => p.textContent)).toMatch(/Fact|Example/);
    const links = await page.$$eval('.relationship-list a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/explorer/ADS');
    expect(await paintedPixels(page, '#picture')).toBeGreaterThan(500);
    await session.screenshot(page, 'element-IF-021');

    const box = await page.$eval('#picture', (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top };
    });
    const at = await page.evaluate(() => window.mhhsPicture?.positionOf('ADS'));
    expect(at).toBeTruthy();
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    await page.waitForFunction(() => location.pathname === '/explorer/ADS');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Advanced Data Service'));
    await page.close();
    expect(session.outside).toEqual([]);
  });
});
