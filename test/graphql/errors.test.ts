/**
 * How failures reach clients: the product's errors keep their code and message; anything
 * unexpected is logged in full and answered with a generic INTERNAL_SERVER_ERROR.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.js';
import type { DesignModel } from '../../src/model/design-model.js';
import { sharedModel } from '../support/models.js';
import { HEALTH_TIMEOUT_MS } from '../../src/server/health.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { GraphStore } from '../../src/store/port.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';
import { RequirementsPageDocument, RoleViewDocument } from '../generated/graphql.js';
import { capturedLogger } from './support/captured-logger.js';
import { expectErrorCode, post } from './support/http.js';
import { withOverrides } from './support/store-overrides.js';

describe('errors', () => {
  let model: DesignModel;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    model = await sharedModel(SMALL_MODEL_DIR);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const serve = async (overrides: Partial<GraphStore>) => {
    const { logger, events } = capturedLogger();
    server = await startServer({ store: withOverrides(createMemoryStore(model), overrides), port: 0, logger });
    return { url: server.url, origin: server.origin, events };
  };

  it('hides an unexpected failure behind INTERNAL_SERVER_ERROR and logs it with its stack', async () => {
    const { url, events } = await serve({
      expandList: async () => {
        throw new TypeError('secret detail of /srv/app/store.ts:12:3');
      },
    });
    const response = await post(url, RequirementsPageDocument, { first: 5 });
    const error = expectErrorCode(response, 'INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Internal server error: the failure has been logged.');
    expect(response.raw).not.toContain('secret');
    const logged = events.find((e) => e.level === 'error');
    expect(logged?.msg).toBe('unexpected error while answering a GraphQL request');
    expect(logged?.fields?.error).toMatchObject({ name: 'TypeError', message: 'secret detail of /srv/app/store.ts:12:3' });
    expect(String(logged?.fields?.stack)).toMatch(/TypeError: secret detail/);
  });

  it('answers SERVICE_UNAVAILABLE with the reason when the store is unreachable', async () => {
    const unreachable = async () => {
      throw new StoreUnavailableError('Neo4j at bolt://127.0.0.1:7687 is unreachable');
    };
    const { url } = await serve({ neighbours: unreachable, expand: unreachable });
    const error = expectErrorCode(await post(url, RoleViewDocument, { role: 'ADS' }), 'SERVICE_UNAVAILABLE');
    expect(error.message).toBe('Neo4j at bolt://127.0.0.1:7687 is unreachable');
  });

  it('reports an unhealthy or failing store as 503 on /health', async () => {
    const unhealthy = await serve({
      health: async () => ({ store: 'neo4j', ok: false, detail: 'connection refused', modelHash: null, nodeCount: null }),
    });
    const down = await fetch(`${unhealthy.origin}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({
      status: 'unavailable',
      store: { store: 'neo4j', ok: false, detail: 'connection refused', modelHash: null, nodeCount: null },
    });
    await server?.close();

    const failing = await serve({
      health: async () => {
        throw new Error('socket hang up');
      },
    });
    const thrown = await fetch(`${failing.origin}/health`);
    expect(thrown.status).toBe(503);
    expect(await thrown.json()).toMatchObject({ status: 'unavailable', store: { store: 'memory', ok: false, detail: 'socket hang up' } });
  });

  it('answers /health within its own bound when the store does not answer at all, saying so', async () => {
    const stalled = await serve({ health: () => new Promise(() => undefined) });
    const started = performance.now();
    const response = await fetch(`${stalled.origin}/health`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'unavailable',
      store: { store: 'memory', ok: false, detail: `memory store not answering: no health report within ${HEALTH_TIMEOUT_MS} ms` },
    });
  });
});
