/**
 * The HTTP server: GraphQL at /graphql (POST, and GET for queries), the explorer and GraphiQL for
 * browsers (explorer/routes.ts), and GET /health. One JSON log line per request. `close()` stops
 * accepting connections and lets requests in flight finish writing (drain.ts); closing the
 * store is the caller's job, since the caller opened it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApollo } from '../graphql/apollo.js';
import type { ApiContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';
import { silentLogger, type Logger } from '../log.js';
import { ModelHistory } from '../model/history.js';
import type { GraphStore } from '../store/port.js';
import { HttpError, PAYLOAD_TOO_LARGE } from './body.js';
import { corsFor } from './cors.js';
import { drainOnStop } from './drain.js';
import { SHUTDOWN_GRACE_MS } from './grace.js';
import { handleGraphQL, MAX_RESPONSE_BYTES } from './graphql-http.js';
import { healthOf } from './health.js';
import { mountExplorer } from './explorer/routes.js';
import type { ModelWatch } from './model-watch.js';

export interface ServerOptions {
  readonly store: GraphStore;
  /** @default '127.0.0.1' — reachable from this machine only, unless the operator opens it up. */
  readonly host?: string;
  /** @default 4000; 0 picks any free port (tests). */
  readonly port?: number;
  /** @default silentLogger */
  readonly logger?: Logger;
  /** Origins browsers may call the API from (CORS). @default none */
  readonly corsOrigins?: readonly string[];
  /** @default MAX_RESPONSE_BYTES */
  readonly maxResponseBytes?: number;
  /** The model directory, whose git history and review lock change control reads. @default 'model' */
  readonly modelDir?: string;
  /** Reloads the model when its files change: the server answers from its current store instead of `store`. */
  readonly watch?: ModelWatch;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  readonly url: string;
  /** The server's origin, e.g. `http://127.0.0.1:4000`; /health is under it. */
  readonly origin: string;
  close(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

export async function startServer({
  store,
  host = '127.0.0.1',
  port = 4000,
  logger = silentLogger,
  corsOrigins = [],
  maxResponseBytes = MAX_RESPONSE_BYTES,
  modelDir = 'model',
  watch,
}: ServerOptions): Promise<RunningServer> {
  const httpServer = createServer();
  const drain = drainOnStop(httpServer);
  const apollo = createApollo({ schema: buildSchema(), logger });
  await apollo.start();
  // A fresh object per request: the per-request DataLoaders are keyed on it.
  const history = new ModelHistory(modelDir);
  // Read once per request, so that a model reload never shows one request two models.
  const current = (): GraphStore => watch?.current() ?? store;
  const context = async (): Promise<ApiContext> => ({ store: current(), logger, history });
  const cors = corsFor(corsOrigins);
  const explorer = await mountExplorer({ store: current, reload: () => watch?.report() ?? { watching: false }, history, logger });

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (await explorer(req, res, url)) return;
    if (url.pathname === GRAPHQL_PATH) {
      if (cors.handle(req, res)) return;
      await handleGraphQL(apollo, req, res, url, context, maxResponseBytes);
      return;
    }
    if (url.pathname === HEALTH_PATH && req.method === 'GET') {
      const { httpStatus, report } = await healthOf(current());
      sendJson(res, httpStatus, report);
      return;
    }
    sendJson(res, 404, { error: `Nothing at ${req.method} ${url.pathname}; the API is at ${GRAPHQL_PATH}` });
  }

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://server.invalid');
    res.on('finish', () => {
      logger.info('request', {
        method: req.method,
        path: url.pathname,
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
      });
    });
    route(req, res, url).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (error.status === PAYLOAD_TOO_LARGE) res.setHeader('connection', 'close');
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      logger.error('unexpected error while serving a request', { error, stack: error instanceof Error ? error.stack : undefined });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // E.g. the port is taken: release Apollo.
    await apollo.stop().catch(() => undefined);
    throw error;
  }
  const { port: boundPort } = httpServer.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  logger.info('server listening', { url: `${origin}${GRAPHQL_PATH}`, store: store.name, pid: process.pid });
  const close = async () => {
    if (!(await drain.stop(SHUTDOWN_GRACE_MS))) logger.warn('Shutdown grace period over: connections still open were closed', { graceMs: SHUTDOWN_GRACE_MS });
    await apollo.stop();
  };
  return { url: `${origin}${GRAPHQL_PATH}`, origin, close };
}
