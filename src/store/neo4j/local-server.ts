/**
 * A real local Neo4j Community 5.26 server for tests and development, driven through
 * `scripts/neo4j/neo4j.sh` (jars from Maven Central, cached in ~/.cache/mhhs-neo4j; needs Java 17+,
 * and Maven for the first install). The server runs detached: it outlives this process until
 * `stop()` / `stopLocalNeo4j()`.
 *
 *   const server = await startLocalNeo4j({ port: 7697, homeDir: '.neo4j/test' });
 *   // ... neo4j.driver(server.uri) — auth disabled unless `password` was given
 *   await server.stop();
 *
 * A relative `homeDir` is resolved against the repository root, not the cwd. Failures reject with
 * the launcher's stderr (reason and log tail).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1; default 7687. */
  port?: number;
  /** Runtime dir (conf, data, logs, run); default `<repo>/.neo4j`. */
  homeDir?: string;
  /** JVM heap, e.g. `512m` (the launcher's default). */
  heap?: string;
  /** Enables auth with user `neo4j` and this password (>= 8 chars, first start of a data dir only). Default: auth disabled — `NEO4J_PASSWORD` of this process is not inherited. */
  password?: string;
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  port: number;
  homeDir: string;
  stop(): Promise<void>;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCRIPT = path.join(REPO_ROOT, 'scripts/neo4j/neo4j.sh');
const READY = /^Neo4j (\S+) ready on (bolt:\/\/\S+)$/m;

interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

function resolved(opts: LocalNeo4jOptions): { port: number; homeDir: string } {
  return {
    port: opts.port ?? 7687,
    homeDir: path.resolve(REPO_ROOT, opts.homeDir ?? '.neo4j'),
  };
}

function runScript(command: 'start' | 'stop', opts: LocalNeo4jOptions): Promise<ScriptResult> {
  const { port, homeDir } = resolved(opts);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_HOME_DIR: homeDir,
    NEO4J_PASSWORD: opts.password ?? '',
  };
  if (opts.heap) env.NEO4J_HEAP = opts.heap;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, command], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (err) => reject(new Error(`cannot run ${SCRIPT}: ${err.message}`)));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

function failure(command: string, result: ScriptResult): Error {
  return new Error(`neo4j.sh ${command} failed (exit ${result.code}):\n${result.stderr.trim() || result.stdout.trim()}`);
}

/** Starts (installing on first use) or reuses the server of `homeDir`; resolves once Bolt answers. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const result = await runScript('start', opts);
  const ready = READY.exec(result.stdout);
  if (result.code !== 0 || !ready) throw failure('start', result);
  const { port, homeDir } = resolved(opts);
  return {
    uri: ready[2] ?? `bolt://127.0.0.1:${port}`,
    version: ready[1] ?? 'unknown',
    port,
    homeDir,
    stop: () => stopLocalNeo4j(opts),
  };
}

/** Clean shutdown (SIGTERM, SIGKILL after the launcher's deadline); a no-op when not running. */
export async function stopLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<void> {
  const result = await runScript('stop', opts);
  if (result.code !== 0) throw failure('stop', result);
}
