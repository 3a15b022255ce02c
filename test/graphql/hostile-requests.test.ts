/**
 * Requests a hostile or careless client sends, over real HTTP against a started server: each
 * gets a small, coded answer, and the server keeps serving the next request on time.
 */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ECHOED_CHARS } from '../../src/errors.js';
import { MAX_MESSAGE_CHARS } from '../../src/graphql/errors.js';
import { sharedModel } from '../support/models.js';
import { MAX_BODY_BYTES } from '../../src/server/body.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { capturedLogger, type LogEvent } from './support/captured-logger.js';
import { expectData, expectErrorCode, post, type GraphQLResponse } from './support/http.js';

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One request through `agent` (keep-alive, so that the next request may reuse the connection). */
function send(url: string, agent: Agent, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'POST', headers: options.headers, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const asGraphQL = (raw: RawResponse): GraphQLResponse<unknown> => {
  const body = JSON.parse(raw.body) as { data?: unknown; errors?: GraphQLResponse<unknown>['errors'] };
  return { status: raw.status, data: body.data, errors: body.errors, raw: raw.body };
};

describe('hostile requests', () => {
  let server: RunningServer;
  let events: LogEvent[];

  beforeAll(async () => {
    const captured = capturedLogger();
    events = captured.events;
    server = await startServer({ store: createMemoryStore(await sharedModel(SMALL_MODEL_DIR)), port: 0, logger: captured.logger });
  });
  afterAll(() => server.close());

  const errorsLogged = () => events.filter((e) => e.level === 'error');

  describe('limits', () => {
    it('refuses 1000 aliases of __schema in a few bytes of answer, not a copy of the schema each', async () => {
      const aliases = Array.from({ length: 1000 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ');
      const response = await post(server.url, `{ ${aliases} }`);
      expect(response.status).toBe(400);
      expectErrorCode(response, 'QUERY_TOO_COMPLEX');
      expect(response.raw.length).toBeLessThan(2_000);
    });

    it('allows one introspection per operation', async () => {
      const response = await post(server.url, '{ a: __type(name: "Role") { name } b: __type(name: "Interface") { name } }');
      expect(expectErrorCode(response, 'QUERY_TOO_COMPLEX').message).toBe('The query introspects the schema 2 times (__schema, __type); the limit is 1.');
      expect(expectData(await post(server.url, '{ __type(name: "Role") { name } }'))).toEqual({ __type: { name: 'Role' } });
    });

    it('answers a document nested 10,000 deep with QUERY_TOO_COMPLEX, not a stack overflow', async () => {
      const deep = `{ ${'node(id: "A") { '.repeat(10_000)}id${' }'.repeat(10_000)} }`;
      const response = await post(server.url, deep);
      expect(response.status).toBe(400);
      expectErrorCode(response, 'QUERY_TOO_COMPLEX');
      expect(response.raw).not.toMatch(/call stack/i);
      const deepList = await post(server.url, `{ node(id: ${'['.repeat(5_000)}"A"${']'.repeat(5_000)}) { id } }`);
      expectErrorCode(deepList, 'QUERY_TOO_COMPLEX');
      expect(errorsLogged()).toEqual([]);
    });

    it('answers a document of too many tokens with QUERY_TOO_COMPLEX', async () => {
      const response = await post(server.url, `{ node(id: "A") { ${'id '.repeat(20_000)}} }`);
      expect(response.status).toBe(400);
      expectErrorCode(response, 'QUERY_TOO_COMPLEX');
    });

    it('refuses an answer larger than the response bound with RESPONSE_TOO_LARGE', async () => {
      const small = await startServer({ store: createMemoryStore(await sharedModel(SMALL_MODEL_DIR)), port: 0, maxResponseBytes: 2_000 });
      try {
        const response = await post(small.url, '{ __schema { types { name fields { name } } } }');
        expect(response.status).toBe(400);
        expect(expectErrorCode(response, 'RESPONSE_TOO_LARGE').message).toMatch(/^The answer is \d+ bytes; the limit is 2000\./);
        expectData(await post(small.url, '{ __typename }'));
      } finally {
        await small.close();
      }
    });
  });

  describe('HTTP', () => {
    it('closes the connection on 413, so the next request on a pooled connection is answered at once', async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const huge = JSON.stringify({ query: `{ node(id: "${'x'.repeat(2 * MAX_BODY_BYTES)}") { id } }` });
        // Once with a declared length, once streamed in chunks (no Content-Length): both are cut off.
        const framings: Record<string, string>[] = [{ 'content-type': 'application/json' }, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }];
        for (const headers of framings) {
          const refused = await send(server.url, agent, { headers, body: huge }).catch((error: NodeJS.ErrnoException) => error);
          // The server stops reading and closes: the client sees the 413, or (when its kernel
          // still held unsent body) a reset — never a connection left open for the next request.
          if (!(refused instanceof Error)) {
            expect(refused.status).toBe(413);
            expect(refused.headers.connection).toBe('close');
          } else expect(refused.code).toMatch(/ECONNRESET|EPIPE/);
          const started = performance.now();
          const next = await send(server.url, agent, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
          expect(next.status).toBe(200);
          expect(performance.now() - started).toBeLessThan(1_000);
        }
      } finally {
        agent.destroy();
      }
    });

    it('reads media types case-insensitively, with parameters', async () => {
      const agent = new Agent();
      for (const type of ['APPLICATION/JSON', 'Application/Json; Charset=UTF-8', 'application/json;charset=utf-8']) {
        const response = await send(server.url, agent, { headers: { 'content-type': type }, body: JSON.stringify({ query: '{ __typename }' }) });
        expect({ type, status: response.status, body: response.body }).toEqual({ type, status: 200, body: expect.stringContaining('"__typename"') });
      }
    });

    it('answers a mutation or a subscription as the client’s mistake, without logging a stack', async () => {
      for (const operation of ['mutation { seed }', 'subscription { changes }']) {
        const response = await post(server.url, operation);
        expect(response.status).toBe(400);
        expect(expectErrorCode(response, 'OPERATION_NOT_SUPPORTED').message).toMatch(/^This API answers queries only, not (mutation|subscription)s/);
      }
      const get = await fetch(`${server.url}?query=${encodeURIComponent('mutation { seed }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(get.status).toBe(405);
      expect(errorsLogged()).toEqual([]);
    });

    it('cuts echoed input short: a 900 kB id does not come back in the error', async () => {
      const id = 'X'.repeat(900_000);
      const notFound = await post(server.url, `query ($id: ID!) { node(id: $id) { id } }`, { id });
      const error = expectErrorCode(notFound, 'NOT_FOUND');
      expect(error.message).toBe(`Element '${'X'.repeat(MAX_ECHOED_CHARS)}…' (900000 characters) does not exist in the model`);
      const unknownField = await post(server.url, `{ ${'y'.repeat(200_000)} }`);
      expectErrorCode(unknownField, 'GRAPHQL_VALIDATION_FAILED');
      expect(unknownField.raw.length).toBeLessThan(MAX_MESSAGE_CHARS + 500);
    });

    it('answers the request-level codes docs/http.md lists', async () => {
      const json = { 'content-type': 'application/json' };
      const agent = new Agent();
      const unknownOperation = await send(server.url, agent, { headers: json, body: JSON.stringify({ query: 'query A { __typename } query B { __typename }', operationName: 'C' }) });
      expect(unknownOperation.status).toBe(400);
      expectErrorCode(asGraphQL(unknownOperation), 'OPERATION_RESOLUTION_FAILURE');
      const persisted = await send(server.url, agent, { headers: json, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }) });
      expectErrorCode(asGraphQL(persisted), 'PERSISTED_QUERY_NOT_SUPPORTED');
      const noQuery = await send(server.url, agent, { headers: json, body: JSON.stringify({ variables: {} }) });
      expect(noQuery.status).toBe(400);
      expectErrorCode(asGraphQL(noQuery), 'BAD_REQUEST');
      const batch = await send(server.url, agent, { headers: json, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) });
      expect(batch.status).toBe(400);
      expectErrorCode(asGraphQL(batch), 'BAD_REQUEST');
      const parse = await post(server.url, '{ node(id: ');
      expect(parse.status).toBe(400);
      expectErrorCode(parse, 'GRAPHQL_PARSE_FAILED');
    });

    it('asks GET queries for the CSRF-prevention header, and answers them with it', async () => {
      const query = `${server.url}?query=${encodeURIComponent('{ __typename }')}`;
      const bare = await fetch(query);
      expect(bare.status).toBe(400);
      expect(await bare.text()).toMatch(/apollo-require-preflight/);
      const withHeader = await fetch(query, { headers: { 'apollo-require-preflight': 'true' } });
      expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('CORS', () => {
    const preflight = (url: string, origin: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

    it('sends no CORS headers unless CORS_ORIGINS allows an origin', async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://ide.example.org' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(server.url, 'https://ide.example.org')).headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers preflights and requests from the allowed origins only', async () => {
      const cors = await startServer({
        store: createMemoryStore(await sharedModel(SMALL_MODEL_DIR)),
        port: 0,
        corsOrigins: ['https://ide.example.org', 'http://localhost:3000'],
      });
      try {
        const allowed = await preflight(cors.url, 'https://ide.example.org');
        expect(allowed.status).toBe(204);
        expect(Object.fromEntries([...allowed.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'))).toEqual({
          'access-control-allow-origin': 'https://ide.example.org',
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'content-type, apollo-require-preflight',
          'access-control-max-age': '600',
          vary: 'Origin',
        });
        const answer = await fetch(cors.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
        expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
        const other = await preflight(cors.url, 'https://evil.example.com');
        expect(other.headers.get('access-control-allow-origin')).toBeNull();
      } finally {
        await cors.close();
      }
    });
  });
});
