/**
 * The `mhhs` command on Neo4j, run as a user runs it (bin/mhhs.js in a child process) against the
 * test database: `seed` replaces the graph and says what it wrote, `seed --dry-run` writes
 * nothing and needs no server, `serve --seed` seeds and then answers GraphQL from Neo4j, and the
 * query commands print the same answers from Neo4j as from the embedded store.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DesignModel } from '../../src/model/design-model.js';
import { loadModel } from '../../src/model/load.js';
import { createNeo4jDriver } from '../../src/store/neo4j/open.js';
import { seedNeo4j } from '../../src/store/neo4j/seed.js';
import { CLI_TIMEOUT, runCli, SMALL_MODEL, spawnCli } from '../cli/run-cli.js';
import { expectData, post } from '../graphql/support/http.js';
import { distinctEdges, graphCounts, neo4jConfig } from '../support/neo4j.js';

const config = neo4jConfig();
/** The CLI's configuration for the test database. */
const NEO4J_ENV = { NEO4J_URI: config.uri, NEO4J_USERNAME: config.username, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database, NEO4J_QUERY_TIMEOUT_MS: '60000' };

/** Resolves with the GraphQL URL from a serving process's `server listening` log line. */
function listeningUrl(child: ChildProcess): Promise<string> {
  const seen: string[] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      seen.push(line);
      if (line.includes('"msg":"server listening"')) resolve((JSON.parse(line) as { fields: { url: string } }).fields.url);
    });
    child.once('exit', (code) => reject(new Error(`mhhs serve exited (${code}) before listening:\n${seen.join('\n')}`)));
  });
}

describe('mhhs on Neo4j', { timeout: CLI_TIMEOUT }, () => {
  let small: DesignModel;
  let full: DesignModel;
  let driver: Driver;
  let serving: ChildProcess | undefined;

  /** The hash of the model the graph was seeded from, and what it holds. */
  async function graph() {
    const { records } = await driver.executeQuery('OPTIONAL MATCH (m:ModelMeta) RETURN m.modelHash AS hash', {}, { database: config.database });
    return { hash: records[0]?.get('hash') as string | null, ...(await graphCounts(driver)) };
  }
  const emptyGraph = () => driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: config.database });
  const seed = (model: DesignModel) => seedNeo4j(driver, model, { database: config.database });

  beforeAll(async () => {
    [small, full] = await Promise.all([loadModel(SMALL_MODEL), loadModel('model')]);
    driver = createNeo4jDriver(config);
  });
  afterEach(() => {
    if (serving?.exitCode === null) serving.kill('SIGKILL');
  });
  afterAll(() => driver?.close());

  it('seed writes the model into the graph and prints its counts and duration', async () => {
    await emptyGraph();
    const { code, stdout, stderr } = await runCli(['seed', '--model', SMALL_MODEL], NEO4J_ENV);
    expect(code, stderr).toBe(0);
    const relationships = distinctEdges(small);
    expect(stdout).toMatch(
      new RegExp(
        `^Seeded ${small.nodes.length} elements and ${relationships} relationships in \\d+ batches to ${config.uri} \\(database '${config.database}'\\) ` +
          `in \\d+\\.\\d s, a full seed: the database held no model; model ${small.hash.slice(0, 12)}\\n`,
      ),
    );
    expect(stdout).toContain(`Elements by kind\n  Artefact          ${small.nodes.filter((n) => n.kind === 'Artefact').length}\n`);
    expect(stdout).toContain(`Relationships by type\n  DEFINES           `);
    expect(await graph()).toEqual({ hash: small.hash, nodes: small.nodes.length, ids: small.nodes.length, relationships, metas: 1 });
  });

  it('seed again writes only what changed, and --full writes a whole generation', async () => {
    await seed(small);
    const again = await runCli(['seed', '--model', SMALL_MODEL], NEO4J_ENV);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(
      new RegExp(
        `^Seeded only the changes to ${config.uri} \\(database '${config.database}'\\) in \\d+\\.\\d s, in one transaction: ` +
          `elements 0 changed, 0 added, 0 removed; relationships 0 changed, 0 added, 0 removed; ` +
          `the graph holds ${small.nodes.length} elements and ${distinctEdges(small)} relationships; model ${small.hash.slice(0, 12)}\\n`,
      ),
    );
    const whole = await runCli(['seed', '--full', '--model', SMALL_MODEL], NEO4J_ENV);
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.stdout).toMatch(/^Seeded \d+ elements and \d+ relationships in \d+ batches .*, a full seed, as asked; model /);
    expect(await graph()).toMatchObject({ hash: small.hash, nodes: small.nodes.length, metas: 1 });
  });

  it('seed --dry-run writes nothing, and needs neither NEO4J_URI nor a server', async () => {
    await seed(small);
    const before = await graph();
    const [onTestDatabase, withoutNeo4j, onNoServer] = await Promise.all([
      runCli(['seed', '--dry-run'], NEO4J_ENV),
      runCli(['seed', '--dry-run']),
      runCli(['seed', '--dry-run'], { NEO4J_URI: 'bolt://127.0.0.1:9' }),
    ]);
    expect(onTestDatabase.code, onTestDatabase.stderr).toBe(0);
    expect(onTestDatabase.stdout).toMatch(
      new RegExp(`^Dry run: would write ${full.nodes.length} elements and ${distinctEdges(full)} relationships in \\d+ batches \\(model ${full.hash.slice(0, 12)}\\); nothing was written\\n`),
    );
    expect(onTestDatabase.stdout).toContain(`  Requirement       ${full.nodes.filter((n) => n.kind === 'Requirement').length}\n`);
    expect(withoutNeo4j).toEqual(onTestDatabase);
    expect(onNoServer).toEqual(onTestDatabase);
    expect(await graph()).toEqual(before);
  });

  it('serve --seed seeds the graph, then answers GraphQL from Neo4j', async () => {
    await emptyGraph();
    serving = spawnCli(['serve', '--seed', '--port', '0', '--model', SMALL_MODEL], NEO4J_ENV);
    const url = await listeningUrl(serving);
    expect(await graph()).toMatchObject({ hash: small.hash, nodes: small.nodes.length });
    expect(expectData(await post(url, '{ node(id: "IF-021") { id name } }'))).toEqual({ node: { id: 'IF-021', name: 'Consumption data' } });
    const health = await fetch(new URL('/health', url));
    expect(await health.json()).toMatchObject({ status: 'ok', store: { store: 'neo4j', ok: true, modelHash: small.hash } });

    const exited = once(serving, 'exit');
    serving.kill('SIGTERM');
    expect((await exited)[0]).toBe(0);
  });

  describe('with the full model seeded', () => {
    beforeAll(() => seed(full));

    it.each(['impact IF-021 IF-041', 'impact CR023 --format json', 'rttm --phase SIT-FUNCTIONAL --role ADS', 'rttm --format json'])(
      'mhhs %s prints the same from Neo4j as from the embedded store',
      async (command) => {
        const args = command.split(' ');
        const [embedded, fromNeo4j] = await Promise.all([runCli(args), runCli(args, { ...NEO4J_ENV, LOG_LEVEL: 'debug' })]);
        expect(embedded.code, embedded.stderr).toBe(0);
        expect(fromNeo4j.code, fromNeo4j.stderr).toBe(0);
        expect(fromNeo4j.stderr).toContain('"msg":"Serving from Neo4j"');
        expect(fromNeo4j.stdout).toBe(embedded.stdout);
      },
    );
  });
});
