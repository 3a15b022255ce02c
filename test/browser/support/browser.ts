/**
 * The browser tests' harness: Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH) driven
 * headless by puppeteer-core, against the real server started in-process on 127.0.0.1 and a free
 * port, from freshly built bundles. Every request the page makes is checked: one leaving
 * 127.0.0.1 is aborted and recorded, so a test can assert the explorer works offline.
 * Screenshots go to test-artifacts/browser/ (git-ignored).
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildExplorer } from '../../../src/server/explorer/build.js';
import { loadModel } from '../../../src/model/load.js';
import { startServer, type RunningServer } from '../../../src/server/start.js';
import { createMemoryStore } from '../../../src/store/memory.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'test-artifacts/browser';

export interface Session {
  readonly browser: Browser;
  readonly server: RunningServer;
  /** Requests the pages tried to send anywhere but 127.0.0.1 (aborted). */
  readonly outside: string[];
  /** Where downloads land. */
  readonly downloads: string;
  newPage(): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

const isLocal = (url: string): boolean => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).hostname === '127.0.0.1';

export async function openSession(modelDir = 'model'): Promise<Session> {
  await buildExplorer();
  const server = await startServer({ store: createMemoryStore(await loadModel(modelDir)), port: 0 });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in a container has no user namespace for the sandbox.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--window-size=1400,1000'],
    defaultViewport: { width: 1400, height: 1000 },
  });
  const outside: string[] = [];
  const downloads = await mkdtemp(join(tmpdir(), 'mhhs-downloads-'));
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    browser,
    server,
    outside,
    downloads,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (isLocal(request.url())) void request.continue();
        else {
          outside.push(request.url());
          void request.abort();
        }
      });
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) as `${string}.png` });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Clicks the download link and returns the file the browser saved (the directory is emptied first). */
export async function downloadVia(page: Page, session: Session, selector: string, timeoutMs = 15_000): Promise<{ name: string; bytes: Buffer }> {
  for (const name of await readdir(session.downloads)) await rm(join(session.downloads, name), { force: true });
  await page.click(selector);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const done = (await readdir(session.downloads)).filter((name) => !name.endsWith('.crdownload'));
    if (done.length > 0) return { name: done[0]!, bytes: await readFile(join(session.downloads, done[0]!)) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No download from ${selector} within ${timeoutMs} ms`);
}

/** How many pixels of the picture's canvases are drawn (not transparent). */
export const paintedPixels = (page: Page, selector: string): Promise<number> =>
  page.$$eval(`${selector} canvas`, (canvases) =>
    canvases.reduce((sum, canvas) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return sum;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
      return sum + painted;
    }, 0),
  );
