/**
 * A Neo4j of the benchmark's own: scripts/neo4j/neo4j.sh on a free 127.0.0.1 port with a fresh
 * data directory (so the first seed is into a fresh database), stopped and removed afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../test/support/free-port.js';

const run = promisify(execFile);
const LAUNCHER = 'scripts/neo4j/neo4j.sh';

export interface BenchNeo4j {
  readonly uri: string;
  /** The launcher's ready line, e.g. `Neo4j 5.26.30 ready on bolt://127.0.0.1:7741`. */
  readonly version: string;
  readonly heap: string;
  stop(): Promise<void>;
}

/** Starts a server with the launcher's defaults (heap included) unless `heap` is given. */
export async function startBenchNeo4j(heap?: string): Promise<BenchNeo4j> {
  const home = await mkdtemp(join(tmpdir(), 'mhhs-bench-neo4j-'));
  const port = await freePort();
  const env = { ...process.env, NEO4J_HOME_DIR: home, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: '', ...(heap ? { NEO4J_HEAP: heap } : {}) };
  const { stdout } = await run('bash', [LAUNCHER, 'start'], { env });
  const ready = stdout.trim().split('\n').at(-1) ?? '';
  return {
    uri: `bolt://127.0.0.1:${port}`,
    version: ready.replace(/ ready on .*/, ''),
    heap: heap ?? '512m (launcher default)',
    async stop() {
      await run('bash', [LAUNCHER, 'stop'], { env }).catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    },
  };
}
