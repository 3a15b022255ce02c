/**
 * The peer benchmark (`npm run bench:peer`): this API on Neo4j side by side with `@neo4j/graphql`
 * 7 on the same graph (the peer) and one hand-written Cypher statement per question through
 * neo4j-driver (the floor). Usage and how to read the output: docs/benchmarks.md.
 *
 *   npm run bench:peer -- [--scale 20] [--requests 240] [--warmup 20] [--concurrency 1,8] [--heap 512m] [--profile <dir>]
 *
 * 1. Starts a Neo4j of its own (scripts/neo4j/neo4j.sh, fresh data directory, free port) and
 *    seeds the shipped model into the fresh database, then again, then a synthetic model at the
 *    scale factor (scripts/generate-model.ts), twice: the seed timings and relationships/s.
 * 2. Serves this API on Neo4j and the peer, each on 127.0.0.1 over HTTP, and the floor both
 *    in process and behind a minimal node:http endpoint (scripts/peer/floor-server.ts).
 * 3. For each question, checks that the answers agree in content, counts the Cypher
 *    statements each sends and their db hits (PROFILE), then times the four ways interleaved —
 *    request by request, rotating which goes first — at each concurrency.
 * 4. With --profile, asks each question of this API alone under V8's CPU profiler and prints
 *    where its CPU time goes per request (scripts/peer/profile.ts), writing the profiles there.
 * Exit code 1 when the answers disagree or a request fails.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { positiveInteger } from '../src/cli/options.js';
import type { Neo4jStoreConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import type { DesignModel } from '../src/model/design-model.js';
import { loadModel } from '../src/model/load.js';
import { startServer } from '../src/server/start.js';
import { createNeo4jDriver, openNeo4jStore } from '../src/store/neo4j/open.js';
import type { CypherQuery } from '../src/store/neo4j/read-queries.js';
import { seedNeo4j, type SeedReport } from '../src/store/neo4j/seed.js';
import { generateModel } from './generate-model.js';
import { startBenchNeo4j } from './peer/neo4j-server.js';
import { startFloorServer } from './peer/floor-server.js';
import { startPeerServer, type Statement } from './peer/peer-server.js';
import { profiled, summarise, writeProfile } from './peer/profile.js';
import { QUESTIONS, type GraphQLRequest, type Question } from './peer/questions.js';

interface Settings {
  readonly scale: number;
  readonly requests: number;
  readonly warmup: number;
  readonly concurrency: readonly number[];
  readonly heap?: string;
  readonly profile?: string;
}

/** `floorHttp`: the floor's statement behind a minimal HTTP endpoint. */
const WAYS = ['ours', 'peer', 'floor', 'floorHttp'] as const;
type Way = (typeof WAYS)[number];

async function postGraphQL(url: string, { query, variables }: GraphQLRequest): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || body.errors !== undefined || body.data == null) {
    throw new Error(`${url}: HTTP ${response.status}, ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body.data;
}

// ─── seeding ────────────────────────────────────────────────────────────────────────────────

interface SeedRun {
  readonly what: string;
  readonly report: SeedReport;
}

async function seedRuns(driver: Driver, shipped: DesignModel, scaled: DesignModel, scale: number): Promise<SeedRun[]> {
  const runs: SeedRun[] = [];
  const seed = async (what: string, model: DesignModel) => runs.push({ what, report: await seedNeo4j(driver, model, { database: 'neo4j', full: true }) });
  await seed('shipped model into a fresh database', shipped);
  await seed('shipped model again (warm)', shipped);
  if (scale > 1) {
    await seed(`${scale}× model, replacing the shipped one`, scaled);
    await seed(`${scale}× model again (warm, same size)`, scaled);
  }
  return runs;
}

// ─── agreement, statements, db hits ────────────────────────────────────────────────────────

const sumDbHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((n, child) => n + sumDbHits(child), 0);

async function dbHits(driver: Driver, statements: readonly Statement[]): Promise<number> {
  let hits = 0;
  for (const { text, params } of statements) {
    const { summary } = await driver.executeQuery(`PROFILE ${text}`, params, { database: 'neo4j', routing: neo4j.routing.READ });
    hits += summary.profile ? sumDbHits(summary.profile) : 0;
  }
  return hits;
}

interface Endpoints {
  readonly ours: string;
  readonly peer: string;
  readonly floorHttp: string;
  readonly driver: Driver;
  readonly ourStatements: Statement[];
  readonly peerStatements: () => Statement[];
}

const askFloor = async (driver: Driver, q: Question) =>
  (await driver.executeQuery(q.floor.cypher, q.floor.params, { database: 'neo4j', routing: neo4j.routing.READ })).records;

async function askFloorHttp(url: string, q: Question): Promise<unknown[]> {
  const response = await fetch(`${url}${QUESTIONS.indexOf(q)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q.ours.variables) });
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}, ${(await response.text()).slice(0, 500)}`);
  return (await response.json()) as unknown[];
}

async function ask(way: Way, q: Question, e: Endpoints): Promise<unknown> {
  if (way === 'ours') return postGraphQL(e.ours, q.ours);
  if (way === 'peer') return postGraphQL(e.peer, q.peer);
  if (way === 'floorHttp') return askFloorHttp(e.floorHttp, q);
  return (await askFloor(e.driver, q)).map((r) => r.toObject());
}

interface Checked {
  readonly agree: boolean;
  readonly items: number;
  readonly statements: Record<Way, number>;
  readonly dbHits: Record<Way, number>;
  readonly detail?: string;
}

async function check(q: Question, e: Endpoints): Promise<Checked> {
  // Once untimed and uncounted: the peer checks the server's version on its first request.
  for (const way of WAYS) await ask(way, q, e);
  e.ourStatements.splice(0);
  e.peerStatements();
  const ours = q.fromOurs(await ask('ours', q, e));
  const ourStatements = e.ourStatements.splice(0);
  const peer = q.fromPeer(await ask('peer', q, e));
  const peerStatements = e.peerStatements();
  const floor = q.fromFloor((await ask('floor', q, e)) as unknown[]);
  const floorHttp = q.fromFloor((await ask('floorHttp', q, e)) as unknown[]);
  const [o, p, f, h] = [JSON.stringify(ours), JSON.stringify(peer), JSON.stringify(floor), JSON.stringify(floorHttp)];
  const floorStatements = [{ text: q.floor.cypher, params: q.floor.params }];
  const floorHits = await dbHits(e.driver, floorStatements);
  const agree = o === p && o === f && o === h;
  return {
    agree,
    items: Array.isArray(ours) ? ours.length : 1,
    statements: { ours: ourStatements.length, peer: peerStatements.length, floor: 1, floorHttp: 1 },
    dbHits: { ours: await dbHits(e.driver, ourStatements), peer: await dbHits(e.driver, peerStatements), floor: floorHits, floorHttp: floorHits },
    detail: agree ? undefined : `ours ${o.slice(0, 300)}\npeer ${p.slice(0, 300)}\nfloor ${f.slice(0, 300)}\nfloor over HTTP ${h.slice(0, 300)}`,
  };
}

// ─── timing ─────────────────────────────────────────────────────────────────────────────────

type Latencies = Record<Way, number[]>;

/** `rounds` rounds from `concurrency` clients; each round asks all three ways, the first one rotating. */
async function interleaved(q: Question, e: Endpoints, rounds: number, concurrency: number): Promise<Latencies> {
  const latencies: Latencies = { ours: [], peer: [], floor: [], floorHttp: [] };
  let next = 0;
  const client = async () => {
    for (let round = next++; round < rounds; round = next++) {
      for (let i = 0; i < WAYS.length; i++) {
        const way = WAYS[(round + i) % WAYS.length]!;
        const started = performance.now();
        await ask(way, q, e);
        latencies[way].push(performance.now() - started);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return latencies;
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

// ─── report ─────────────────────────────────────────────────────────────────────────────────

const f1 = (n: number) => n.toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function seedTable(runs: readonly SeedRun[]): string {
  const lines = runs.map(({ what, report: r }) => {
    if (r.mode !== 'full') throw new Error(`the benchmark's seeds are full ones, not ${r.mode}`);
    const t = r.timings;
    const perSecond = Math.round(r.relationships / (r.durationMs / 1000));
    return `| ${what} | ${r.nodes} | ${r.relationships} | ${r.batches} | ${f1(r.durationMs / 1000)} s | ${perSecond} | ${t.schemaMs} (${t.indexWaitMs}) / ${t.leftoversMs} / ${t.writeMs} / ${t.switchMs} / ${t.cleanupMs} |`;
  });
  return [
    '| seed | elements | relationships | batches | total | relationships/s (total) | ms: schema (of which index wait) / leftovers / write / switch / cleanup |',
    '|---|--:|--:|--:|--:|--:|---|',
    ...lines,
  ].join('\n');
}

/** Each question asked of this API alone, one client, under the CPU profiler: a summary per question, the profiles written to `settings.profile`. */
async function profileOurs(settings: Settings, e: Endpoints): Promise<string> {
  const dir = settings.profile!;
  await mkdir(dir, { recursive: true });
  const sections: string[] = [];
  for (const [i, q] of QUESTIONS.entries()) {
    for (let n = 0; n < settings.warmup; n++) await ask('ours', q, e);
    const profile = await profiled(async () => {
      for (let n = 0; n < settings.requests; n++) await ask('ours', q, e);
    });
    await writeProfile(join(dir, `ours-${i + 1}.cpuprofile`), profile);
    const { buckets, functions, busyMsPerRequest } = summarise(profile, settings.requests);
    const share = (ms: number) => `${((100 * ms) / busyMsPerRequest).toFixed(0)}%`;
    sections.push(`#### ${q.name}: ${f1(busyMsPerRequest)} ms of CPU per request in this process

| where (package, or folder of this repository) | CPU ms per request | share |
|---|--:|--:|
${buckets.slice(0, 12).map((b) => `| ${b.bucket} | ${b.msPerRequest.toFixed(2)} | ${share(b.msPerRequest)} |`).join('\n')}

Heaviest functions (self time, ms per request): ${functions.slice(0, 8).map((f) => `\`${f.name}\` ${f.msPerRequest.toFixed(2)}`).join('; ')}.`);
  }
  return `
### Where this API's CPU time goes (--profile: ${settings.requests} requests per question, one client, this API alone; the process also runs the benchmark's HTTP client)

${sections.join('\n\n')}
`;
}

async function main(settings: Settings): Promise<number> {
  // This API runs here as `npm start` runs it, compiled, without source-mapped stack traces: tsx
  // turns them on, and the Neo4j driver captures a stack trace per statement (Result), which
  // with source maps costs this API — whose frames are mapped — milliseconds the peer does not pay.
  process.setSourceMapsEnabled(false);
  const loadBefore = loadavg();
  const server = await startBenchNeo4j(settings.heap);
  const modelDir = await mkdtemp(join(tmpdir(), 'mhhs-bench-model-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(modelDir, { recursive: true, force: true }), () => server.stop()];
  try {
    // A minute per read, not the production 5 s: on a loaded machine a statement's first plan can
    // take longer, and the benchmark measures latency rather than failing on it.
    const config: Neo4jStoreConfig = { kind: 'neo4j', uri: server.uri, username: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 60_000 };
    const driver = createNeo4jDriver(config);
    cleanups.unshift(() => driver.close());
    const shipped = await loadModel('model');
    const scaled = settings.scale > 1 ? await loadModel((await generateModel('model', modelDir, settings.scale)).dir) : shipped;
    const seeds = await seedRuns(driver, shipped, scaled, settings.scale);

    const ourStatements: Statement[] = [];
    const store = await openNeo4jStore(config, silentLogger, { onQuery: (q: CypherQuery) => void ourStatements.push(q) });
    const ours = await startServer({ store, port: 0, logger: silentLogger });
    cleanups.unshift(() => ours.close().then(() => store.close()));
    const peer = await startPeerServer(server.uri);
    cleanups.unshift(() => peer.close());
    const floorHttp = await startFloorServer(driver, QUESTIONS);
    cleanups.unshift(() => floorHttp.close());
    const endpoints: Endpoints = { ours: ours.url, peer: peer.url, floorHttp: floorHttp.url, driver, ourStatements, peerStatements: () => peer.take() };

    const checks = new Map<Question, Checked>();
    for (const q of QUESTIONS) checks.set(q, await check(q, endpoints));
    const rows: string[] = [];
    for (const concurrency of settings.concurrency) {
      for (const q of QUESTIONS) {
        await interleaved(q, endpoints, settings.warmup, concurrency);
        const l = await interleaved(q, endpoints, settings.requests, concurrency);
        const p50p95 = (way: Way) => [percentile(l[way], 50), percentile(l[way], 95)] as const;
        const [o, p, fl, h] = [p50p95('ours'), p50p95('peer'), p50p95('floor'), p50p95('floorHttp')];
        const c = checks.get(q)!;
        rows.push(
          `| ${q.name} | ${concurrency} | ${f1(o[0])} / ${f1(o[1])} | ${f1(p[0])} / ${f1(p[1])} | ${f1(fl[0])} / ${f1(fl[1])} | ${f1(h[0])} / ${f1(h[1])} | ` +
            `**${ratio(o[0], p[0])}** | **${ratio(o[0], fl[0])}** | **${ratio(o[0], h[0])}** | ${c.statements.ours} / ${c.statements.peer} / ${c.statements.floor} | ` +
            `${c.dbHits.ours} / ${c.dbHits.peer} / ${c.dbHits.floor} |`,
        );
      }
    }
    const profiles = settings.profile ? await profileOurs(settings, endpoints) : '';
    const loadAfter = loadavg();
    const disagree = [...checks].filter(([, c]) => !c.agree);
    console.log(`## Peer benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

Command: \`npm run bench:peer -- --scale ${settings.scale} --requests ${settings.requests} --warmup ${settings.warmup} --concurrency ${settings.concurrency.join(',')}${settings.heap ? ` --heap ${settings.heap}` : ''}\`
Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}; ${server.version}, heap ${server.heap}, on the same machine.
Load average (1/5/15 min) before: ${loadBefore.map(f1).join(' / ')}, after: ${loadAfter.map(f1).join(' / ')}.
Model: ${settings.scale}× (${scaled.nodes.length} elements, ${scaled.edges.length} relationships). ${settings.requests} requests per way, interleaved.

### Seeding

${seedTable(seeds)}

### Questions (latency in ms, median / p95; statements and db hits per request: ours / peer / floor)

| question | clients | this API | @neo4j/graphql | Cypher floor | floor over HTTP | us / peer | us / floor | us / floor over HTTP | statements | db hits |
|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
${rows.join('\n')}

Answers agree in content (this API = peer = floor): ${disagree.length === 0 ? 'yes, for every question' : `NO for ${disagree.map(([q]) => q.name).join(', ')}`}.
${QUESTIONS.map((q) => `- ${q.name} (${checks.get(q)!.items} items): peer — ${q.peerNote}.`).join('\n')}
${profiles}`);
    for (const [q, c] of disagree) console.error(`${q.name} disagrees:\n${c.detail}`);
    return disagree.length === 0 ? 0 : 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((err: unknown) => console.error('cleanup failed:', err));
  }
}

const options = new Command()
  .description('This API on Neo4j side by side with @neo4j/graphql and hand-written Cypher (docs/benchmarks.md).')
  .option('--scale <n>', 'scale factor of the synthetic model (1: the shipped model)', positiveInteger('--scale'), 20)
  .option('--requests <n>', 'timed requests per question, way and concurrency', positiveInteger('--requests'), 240)
  .option('--warmup <n>', 'untimed rounds before them', positiveInteger('--warmup'), 20)
  .option('--concurrency <list>', 'comma-separated client counts', (raw: string) => raw.split(',').map((c) => positiveInteger('--concurrency')(c)), [1, 8])
  .option('--heap <size>', 'Neo4j heap (default: the launcher default, 512m)')
  .option('--profile <dir>', 'also profile this API alone on each question and write the CPU profiles to this directory')
  .parse()
  .opts<Settings>();
process.exitCode = await main(options);
