/**
 * The performance benchmark: the three users' operations over real HTTP against the real server,
 * on the memory store or on Neo4j. Performance claims in docs/benchmarks.md come from here, not
 * from timed unit tests. Usage and what each number means: docs/benchmarks.md.
 *
 *   npm run bench -- [--store memory|neo4j] [--requests N] [--concurrency C] [--warmup W] [--scale S] [--json]
 *
 * Each operation runs alone: W warm-up requests, then N timed requests from C clients that each
 * send their next request as soon as the last one is answered. Every response is checked (HTTP
 * 200, no `errors`), so a fast error never passes for a fast answer. The store is wrapped in a
 * counting proxy; its calls per request must not grow with the size of the answer — the run
 * fails (exit code 1) when the larger requirements page costs more calls than the smaller.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { print } from 'graphql';
import { positiveInteger } from '../src/cli/options.js';
import { loadConfig, type Neo4jStoreConfig } from '../src/config.js';
import { createLogger, silentLogger } from '../src/log.js';
import type { DesignModel } from '../src/model/design-model.js';
import { loadModel } from '../src/model/load.js';
import { startServer } from '../src/server/start.js';
import { measureStart, startFiguresMarkdown, type StartFigures } from './bench-start.js';
import { countingStore } from '../src/store/counting.js';
import { generateModel } from './generate-model.js';
import { createMemoryStore } from '../src/store/memory.js';
import type { GraphStore } from '../src/store/port.js';
import {
  CodeTraceDocument,
  DiffDocument,
  ImpactOfChangedElementsDocument,
  RequirementsWithCoverageDocument,
  RoleViewDocument,
  RequirementWithRelationsDocument,
  RttmForPhaseAndRoleDocument,
  SuspectLinksDocument,
  TraceDocument,
} from '../test/generated/graphql.js';

interface Operation {
  readonly name: string;
  readonly user: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Reads the model's git history, which a generated model (`--scale`) does not have. */
  readonly history?: true;
}

/** Same selection (a requirement's roles forwards, its test cases backwards), pages of two sizes. */
const requirementsPage = (first: number): Operation => ({
  name: `requirements page, first ${first}`,
  user: 'any',
  query: print(RequirementsWithCoverageDocument),
  variables: { first },
});
const SMALL_PAGE = requirementsPage(10);
const LARGE_PAGE = requirementsPage(100);

const OPERATIONS: readonly Operation[] = [
  { name: 'impact of IF-021 + IF-041, depth 6', user: 'design team', query: print(ImpactOfChangedElementsDocument), variables: { changed: ['IF-021', 'IF-041'], maxDepth: 6 } },
  { name: 'RTTM SIT-FUNCTIONAL × ADS', user: 'testers', query: print(RttmForPhaseAndRoleDocument), variables: { phase: 'SIT-FUNCTIONAL', role: 'ADS' } },
  { name: 'code trace BSC', user: 'code drafters', query: print(CodeTraceDocument), variables: { code: 'BSC' } },
  { name: 'role view ADS', user: 'participants', query: print(RoleViewDocument), variables: { role: 'ADS' } },
  { name: 'trace BRS008-FR-005 → test cases', user: 'testers', query: print(TraceDocument), variables: { from: 'BRS008-FR-005', toKind: 'TestCase' } },
  { name: 'element page BRS008-FR-005', user: 'any', query: print(RequirementWithRelationsDocument), variables: { id: 'BRS008-FR-005' } },
  // Two commits of this repository's own history (README, "Change control"); models cached by commit after the first request.
  { name: 'diff 04bf4ca..698ffad', user: 'design team', query: print(DiffDocument), variables: { from: '04bf4ca', to: '698ffad' }, history: true },
  { name: 'suspect links', user: 'testers', query: print(SuspectLinksDocument), variables: {}, history: true },
  SMALL_PAGE,
  LARGE_PAGE,
];

interface Settings {
  readonly store: 'memory' | 'neo4j';
  readonly requests: number;
  readonly concurrency: number;
  readonly warmup: number;
  readonly json: boolean;
  readonly model: string;
  readonly startScale: number;
  /** Above 1, `model` is a synthetic model this many times --model, without git history. */
  readonly scale: number;
}

interface OperationResult {
  readonly name: string;
  readonly user: string;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
  /**
   * CPU time of this process (server and clients together; not Neo4j's) per request. Unlike the
   * latencies it hardly depends on what else the machine runs, so it compares runs on a busy box.
   */
  readonly cpuMsPerRequest: number;
  readonly roundTripsPerRequest: number;
  /** Neo4j only: Cypher statements sent per request (a store call with no ids sends none). */
  readonly cypherStatementsPerRequest: number | null;
  readonly responseBytes: number;
  /** The last answer, for the round-trip check. */
  readonly data: unknown;
}

interface Counters {
  roundTrips(): number;
  statements(): number | null;
  reset(): void;
}

interface OpenedStore {
  readonly store: GraphStore;
  readonly counters: Counters;
  readonly seedMs: number | null;
  readonly openMs: number;
}

const elapsedSince = (started: number) => performance.now() - started;

/** The Neo4j of NEO4J_URI (the local launcher's default when unset), seeded with `model`. */
async function openNeo4j(model: DesignModel): Promise<OpenedStore> {
  const config = loadConfig({ ...process.env, NEO4J_URI: process.env.NEO4J_URI || 'bolt://127.0.0.1:7687' }).store as Neo4jStoreConfig;
  const logger = createLogger({ level: 'warn' });
  const { connectNeo4j, openNeo4jStore } = await import('../src/store/neo4j/open.js');
  const { seedNeo4j } = await import('../src/store/neo4j/seed.js');
  // A benchmark should say at once that nobody listens, not retry for the serving default of 30 s.
  const driver = await connectNeo4j(config, logger, { connectBudgetMs: 5_000 });
  let seedMs: number;
  try {
    const started = performance.now();
    await seedNeo4j(driver, model, { database: config.database });
    seedMs = elapsedSince(started);
  } catch (err) {
    await driver.close();
    throw err;
  }
  let statements = 0;
  const started = performance.now();
  const counted = countingStore(await openNeo4jStore(config, logger, { driver, onQuery: () => void statements++ }));
  const counters = { roundTrips: () => counted.roundTrips, statements: () => statements, reset: () => (counted.reset(), (statements = 0)) };
  return { store: counted, counters, seedMs, openMs: elapsedSince(started) };
}

async function openStore(settings: Settings, model: DesignModel): Promise<OpenedStore> {
  if (settings.store === 'neo4j') return openNeo4j(model);
  const started = performance.now();
  const counted = countingStore(createMemoryStore(model));
  const counters = { roundTrips: () => counted.roundTrips, statements: () => null, reset: () => counted.reset() };
  return { store: counted, counters, seedMs: null, openMs: elapsedSince(started) };
}

/** Sends one request; throws unless it is a 200 with data and no errors. */
async function send(url: string, { name, query, variables }: Operation): Promise<{ bytes: number; data: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const raw = await response.text();
  const body = JSON.parse(raw) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || body.errors !== undefined || body.data == null) {
    throw new Error(`${name}: HTTP ${response.status}, ${raw.slice(0, 500)}`);
  }
  return { bytes: Buffer.byteLength(raw), data: body.data };
}

/** `count` requests from `concurrency` clients; each request's latency in ms. */
async function load(url: string, operation: Operation, count: number, concurrency: number): Promise<{ latencies: number[]; last: { bytes: number; data: unknown } }> {
  const latencies: number[] = [];
  let last = { bytes: 0, data: null as unknown };
  let issued = 0;
  const client = async () => {
    while (issued < count) {
      issued += 1;
      const started = performance.now();
      last = await send(url, operation);
      latencies.push(elapsedSince(started));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, client));
  return { latencies, last };
}

/** Nearest-rank percentile of ascending `sorted`. */
const percentile = (sorted: readonly number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function measure(url: string, operation: Operation, counters: Counters, settings: Settings): Promise<OperationResult> {
  await load(url, operation, settings.warmup, settings.concurrency);
  counters.reset();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { latencies, last } = await load(url, operation, settings.requests, settings.concurrency);
  const wallMs = elapsedSince(started);
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = [...latencies].sort((a, b) => a - b);
  const statements = counters.statements();
  return {
    name: operation.name,
    user: operation.user,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    requestsPerSecond: (settings.requests / wallMs) * 1000,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / settings.requests,
    roundTripsPerRequest: counters.roundTrips() / settings.requests,
    cypherStatementsPerRequest: statements === null ? null : statements / settings.requests,
    responseBytes: last.bytes,
    data: last.data,
  };
}

/** The two requirements pages: the larger answer must not cost more store calls. */
function roundTripCheck(results: readonly OperationResult[]) {
  const side = (page: Operation) => {
    const r = results.find((result) => result.name === page.name) as OperationResult;
    const { requirements } = r.data as { requirements: { edges: readonly unknown[] } };
    return { requirements: requirements.edges.length, roundTrips: r.roundTripsPerRequest, responseBytes: r.responseBytes };
  };
  const [small, large] = [side(SMALL_PAGE), side(LARGE_PAGE)];
  return { passed: large.roundTrips <= small.roundTrips, small, large };
}

interface Report {
  readonly date: string;
  readonly machine: { cpus: number; cpuModel: string; node: string; loadavgBefore: number[]; loadavgAfter: number[] };
  readonly store: Settings['store'];
  readonly model: { dir: string; nodes: number; relationships: number };
  readonly settings: Pick<Settings, 'requests' | 'concurrency' | 'warmup'>;
  readonly timings: { modelLoadMs: number; seedMs: number | null; storeOpenMs: number; serverStartMs: number };
  /** This process (server, store, model and the clients) once every operation has run: an upper bound for a server. */
  readonly memory: { rssMiB: number; heapUsedMiB: number };
  readonly operations: readonly Omit<OperationResult, 'data'>[];
  readonly roundTripCheck: ReturnType<typeof roundTripCheck>;
  readonly start: readonly StartFigures[];
}

const ms = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const count = (n: number | null) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(2));
const loadText = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' / ');

async function main(settings: Settings): Promise<void> {
  const loadBefore = loadavg();
  let started = performance.now();
  const model = await loadModel(settings.model);
  const modelLoadMs = elapsedSince(started);
  const { store, counters, seedMs, openMs } = await openStore(settings, model);
  try {
    started = performance.now();
    const server = await startServer({ store, port: 0, logger: silentLogger, modelDir: settings.model });
    const serverStartMs = elapsedSince(started);
    const results: OperationResult[] = [];
    try {
      for (const operation of OPERATIONS.filter((o) => settings.scale === 1 || !o.history)) results.push(await measure(server.url, operation, counters, settings));
    } finally {
      await server.close();
    }
    const check = roundTripCheck(results);
    const { rss, heapUsed } = process.memoryUsage();
    const memory = { rssMiB: rss / 2 ** 20, heapUsedMiB: heapUsed / 2 ** 20 };
    const start = await measureStart(settings.model, model.nodes.length, settings.startScale, settings.scale);
    const report: Report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, loadavgBefore: loadBefore, loadavgAfter: loadavg() },
      store: settings.store,
      model: { dir: settings.model, nodes: model.nodes.length, relationships: model.edges.length },
      settings: { requests: settings.requests, concurrency: settings.concurrency, warmup: settings.warmup },
      timings: { modelLoadMs, seedMs, storeOpenMs: openMs, serverStartMs },
      memory,
      operations: results.map(({ data: _data, ...rest }) => rest),
      roundTripCheck: check,
      start,
    };
    if (settings.json) console.log(JSON.stringify(report, null, 2));
    else console.log(markdown(report));
    if (!check.passed) {
      console.error(`FAIL: the requirements page of ${check.large.requirements} costs ${check.large.roundTrips} store calls, of ${check.small.requirements} only ${check.small.roundTrips}`);
      process.exitCode = 1;
    }
  } finally {
    await store.close();
  }
}

function markdown(r: Report): string {
  const { small, large, passed } = r.roundTripCheck;
  return [
    `Store **${r.store}**, model \`${r.model.dir}\` (${r.model.nodes} elements, ${r.model.relationships} relationships); ` +
      `${r.settings.requests} requests per operation from ${r.settings.concurrency} concurrent clients after ${r.settings.warmup} warm-up requests.`,
    `${r.date}; ${r.machine.cpus} × ${r.machine.cpuModel}; Node ${r.machine.node}; load average (1/5/15 min) ` +
      `${loadText(r.machine.loadavgBefore)} before, ${loadText(r.machine.loadavgAfter)} after.`,
    '',
    `Model load ${ms(r.timings.modelLoadMs)} ms · Neo4j seed ${ms(r.timings.seedMs)} ms · store open ${ms(r.timings.storeOpenMs)} ms · server start ${ms(r.timings.serverStartMs)} ms`,
    `Memory after the operations (this process: server, store, model, clients): RSS ${r.memory.rssMiB.toFixed(0)} MiB, JS heap used ${r.memory.heapUsedMiB.toFixed(0)} MiB`,
    '',
    '| operation | user | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req | store calls/req | Cypher statements/req | response bytes |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...r.operations.map(
      (o) =>
        `| ${o.name} | ${o.user} | ${ms(o.p50Ms)} | ${ms(o.p95Ms)} | ${ms(o.p99Ms)} | ${o.requestsPerSecond.toFixed(0)} | ${ms(o.cpuMsPerRequest)} | ` +
        `${count(o.roundTripsPerRequest)} | ${count(o.cypherStatementsPerRequest)} | ${o.responseBytes} |`,
    ),
    '',
    `Round-trips vs result size: ${small.requirements} requirements → ${count(small.roundTrips)} store calls; ` +
      `${large.requirements} requirements → ${count(large.roundTrips)} store calls: ${passed ? 'PASS (no growth)' : 'FAIL (grows with the answer)'}.`,
    '',
    ...startFiguresMarkdown(r.start),
  ].join('\n');
}

const program = new Command('bench')
  .description('Latency and throughput of the three users’ GraphQL operations over HTTP (see docs/benchmarks.md).')
  .addOption(new Option('--store <store>', 'the store to serve from; neo4j uses NEO4J_URI (default bolt://127.0.0.1:7687) and re-seeds it').choices(['memory', 'neo4j']).default('memory'))
  .addOption(new Option('--requests <n>', 'timed requests per operation').argParser(positiveInteger('--requests')).default(150))
  .addOption(new Option('--concurrency <c>', 'concurrent clients').argParser(positiveInteger('--concurrency')).default(4))
  .addOption(new Option('--warmup <w>', 'untimed requests per operation first').argParser(positiveInteger('--warmup')).default(20))
  .addOption(new Option('--model <dir>', 'directory of the YAML model').default(process.env.MODEL_DIR || 'model'))
  .addOption(new Option('--start-scale <n>', 'also time start-up on a generated model n times model/ (0: skip)').argParser((raw) => Number(raw)).default(100))
  .addOption(new Option('--scale <n>', 'run on a synthetic model n times the size of --model (scripts/generate-model.ts)').argParser(positiveInteger('--scale')).default(1))
  .option('--json', 'print the report as JSON instead of markdown', false);

const options = program.parse().opts<Settings>();
const { scale } = options;
const scaledDir = scale > 1 ? await mkdtemp(join(tmpdir(), 'mhhs-bench-scale-')) : null;
try {
  const model = scaledDir ? (await generateModel(options.model, scaledDir, scale)).dir : options.model;
  // The start-up figures scale model/ themselves: on an already scaled model, only its own start-up.
  await main({ ...options, model, startScale: scale > 1 ? 0 : options.startScale });
} catch (err) {
  console.error(err instanceof Error ? `bench failed: ${err.message}` : err);
  process.exitCode = 1;
} finally {
  if (scaledDir) await rm(scaledDir, { recursive: true, force: true });
}
