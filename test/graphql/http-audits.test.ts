/**
 * graphql-http's GraphQL-over-HTTP audits against the started server: every MUST passes, and the
 * SHOULD/MAY audits it does not meet are exactly those docs/http.md lists with the reason.
 */
import { readFileSync } from 'node:fs';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedModel } from '../support/models.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { SMALL_MODEL_DIR } from '../contract/domain.contract.js';

/** The audit ids in the conformance table of docs/http.md: rows like `| 572B | SHOULD … |`. */
const documentedUnmet = (): string[] =>
  [...readFileSync(new URL('../../docs/http.md', import.meta.url), 'utf8').matchAll(/^\| ([0-9A-Z]{4}) \| (?:SHOULD|MAY) /gm)].map((m) => m[1]!).sort();

describe('GraphQL over HTTP audits (graphql-http serverAudits)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ store: createMemoryStore(await sharedModel(SMALL_MODEL_DIR)), port: 0 });
  });
  afterAll(() => server.close());

  const audits = serverAudits({ url: () => server.url });
  const unmet: string[] = [];

  for (const audit of audits) {
    const requirement = audit.name.split(' ', 1)[0];
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (requirement === 'MUST') expect(result, 'reason' in result ? result.reason : '').toMatchObject({ status: 'ok' });
      else if (result.status !== 'ok') unmet.push(audit.id);
    });
  }

  it('meets every SHOULD and MAY except those docs/http.md lists with the reason', () => {
    expect(unmet.sort()).toEqual(documentedUnmet());
  });
});
