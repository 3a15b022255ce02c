/** The HTTP server around the API: routes, logs, request bounds, the GraphiQL examples, shutdown. */
import { getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costOf, MAX_QUERY_COST } from '../../src/graphql/limits/cost.js';
import { maxAliasesRule } from '../../src/graphql/limits/max-aliases.js';
import { maxDepthRule } from '../../src/graphql/limits/max-depth.js';
import { buildSchema } from '../../src/graphql/schema.js';
import type { DesignModel } from '../../src/model/design-model.js';
import { sharedModel } from '../support/models.js';
import { MAX_BODY_BYTES } from '../../src/server/body.js';
import { GRAPHIQL_EXAMPLES } from '../../src/server/graphiql-examples.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { capturedLogger, type LogEvent } from './support/captured-logger.js';
import { expectData, post } from './support/http.js';
import { withOverrides } from './support/store-overrides.js';

describe('HTTP server', () => {
  let model: DesignModel;
  let server: RunningServer;
  let events: LogEvent[];

  beforeAll(async () => {
    model = await sharedModel(SMALL_MODEL_DIR);
    const captured = capturedLogger();
    events = captured.events;
    server = await startServer({ store: createMemoryStore(model), port: 0, logger: captured.logger });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 by default and serves GraphQL at /graphql', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(server.url).toBe(`${server.origin}/graphql`);
  });

  it('logs one structured line per request', async () => {
    await fetch(`${server.origin}/health`);
    expect(events.at(-1)).toMatchObject({
      level: 'info',
      msg: 'request',
      fields: { method: 'GET', path: '/health', status: 200, durationMs: expect.any(Number) },
    });
  });

  it('answers 404 elsewhere and serves the explorer at /', async () => {
    expect((await fetch(`${server.origin}/nothing`)).status).toBe(404);
    expect((await fetch(`${server.origin}/assets/nothing.js`)).status).toBe(404);
    const root = await fetch(`${server.origin}/`);
    expect(root.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await root.text()).toContain('<script type="module" src="/assets/explorer.js">');
  });

  it('refuses oversized and malformed bodies before GraphQL sees them', async () => {
    const huge = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: "${'x'.repeat(MAX_BODY_BYTES)}") { id } }` }),
    });
    expect(huge.status).toBe(413);
    const malformed = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers the introspection query schema tools send', async () => {
    const response = await post<{ __schema: { queryType: { name: string } } }, never>(server.url, getIntrospectionQuery());
    expect(expectData(response).__schema.queryType.name).toBe('Query');
  });

  it('offers GraphiQL example tabs that are valid and within the limits', () => {
    const schema = buildSchema();
    expect(GRAPHIQL_EXAMPLES.length).toBeGreaterThanOrEqual(4);
    for (const example of GRAPHIQL_EXAMPLES) {
      const document = parse(example.query);
      expect(validate(schema, document, [...specifiedRules, maxDepthRule(), maxAliasesRule()]), example.title).toEqual([]);
      const operation = document.definitions[0];
      if (operation?.kind !== 'OperationDefinition') throw new Error(`${example.title}: not an operation`);
      expect(costOf(schema, document, operation, {}).data).toBeLessThanOrEqual(MAX_QUERY_COST);
    }
  });

  // Every wait is on an event, so the time limit only catches a hang. It is generous because the
  // test starts a server of its own and sends its first request: on a machine shared by many
  // runs (load 20 on 2 cores), that once took longer than the default 5 s.
  it('lets requests in flight finish on close, then refuses connections', { timeout: 30_000 }, async () => {
    // The request is held inside the store until the server has begun closing: no timing assumed.
    let arrived!: () => void;
    const inStore = new Promise<void>((resolve) => (arrived = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = withOverrides(createMemoryStore(model), {
      expandList: async (query, page, trees) => {
        arrived();
        await released;
        return createMemoryStore(model).expandList(query, page, trees);
      },
    });
    const closing = await startServer({ store: held, port: 0 });
    const inFlight = post(closing.url, '{ roles(first: 1) { totalCount } }');
    await inStore;
    const closed = closing.close();
    release();
    expect(expectData(await inFlight)).toEqual({ roles: { totalCount: 5 } });
    await closed;
    await expect(fetch(`${closing.origin}/health`)).rejects.toThrow();
  });

  it('fails to start with the reason when the port is taken', async () => {
    const port = Number(new URL(server.origin).port);
    await expect(startServer({ store: createMemoryStore(model), port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
