/**
 * Everything the server offers people in a browser, mounted by startServer through one function:
 *   GET /, /explorer, /explorer/…   the explorer (one page; the browser routes by path)
 *   GET /explorer/status.json       the served model's identity and reload state
 *   GET /graphql (Accept text/html) GraphiQL; every other /graphql request is the API's
 *   GET /assets/<file>              the bundles built into build/explorer
 *   GET /export/<query>.<format>    CSV / XLSX / … downloads, as the CLI writes them (downloads.ts)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../log.js';
import type { ModelHistory } from '../../model/history.js';
import type { GraphStore } from '../../store/port.js';
import { ASSETS_PATH, bundlesAreStale, readAssets, type Assets } from './assets.js';
import { EXPORT_PATH, serveDownload } from './downloads.js';
import { EXPLORER_HTML, GRAPHIQL_HTML, NOT_BUILT_HTML } from './pages.js';
import { statusReporter } from './status.js';
import type { ReloadReport } from './status-report.js';

export interface ExplorerOptions {
  /** The store answering now (the model watch may replace it). */
  readonly store: () => GraphStore;
  readonly reload: () => ReloadReport;
  /** The model's git history, for the commit the served model was read from. */
  readonly history: ModelHistory;
  readonly logger: Logger;
}

/** Answers the request when it is the explorer's; false leaves it to the API. */
export type ExplorerRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

const sendHtml = (res: ServerResponse, status: number, html: string) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(html);
};

/** A browser navigating to /graphql, as opposed to a GraphQL client sending a GET query. */
const wantsGraphiQL = (req: IncomingMessage, url: URL) => !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');

const isExplorerPage = (path: string) => path === '/' || path === '/explorer' || path.startsWith('/explorer/');

/** The build as it is; a warning when it is missing or older than its sources (`mhhs serve` rebuilds it first). */
async function readBuild(logger: Logger): Promise<Assets | null> {
  const assets = await readAssets();
  if (!assets) logger.warn('The explorer is not built: run `npm run build:explorer` (the API works without it)');
  else if (await bundlesAreStale()) logger.warn('The explorer was built before its latest source changes: run `npm run build:explorer` to serve them');
  return assets;
}

export async function mountExplorer({ store, reload, history, logger }: ExplorerOptions): Promise<ExplorerRoutes> {
  const assets = await readBuild(logger);
  const status = statusReporter(store, reload, history);
  const page = (res: ServerResponse, html: string) => (assets ? sendHtml(res, 200, html) : sendHtml(res, 503, NOT_BUILT_HTML));

  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = url.pathname;
    if (path === '/graphql') {
      if (!wantsGraphiQL(req, url)) return false;
      page(res, GRAPHIQL_HTML);
      return true;
    }
    if (path === '/explorer/status.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(await status()));
      return true;
    }
    if (isExplorerPage(path)) {
      page(res, EXPLORER_HTML);
      return true;
    }
    if (path.startsWith(EXPORT_PATH)) return serveDownload(res, url, store(), history);
    if (path.startsWith(ASSETS_PATH)) {
      const asset = assets?.get(path.slice(ASSETS_PATH.length));
      if (!asset) return false;
      res.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'no-cache' });
      res.end(asset.body);
      return true;
    }
    return false;
  };
}
