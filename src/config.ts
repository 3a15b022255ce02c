/**
 * Configuration from environment variables, read and checked once at start. Command-line flags
 * override these values where a command offers them.
 *
 * | variable        | default     | meaning                                                      |
 * |-----------------|-------------|--------------------------------------------------------------|
 * | MODEL_DIR       | `model`     | directory of the YAML design model                           |
 * | HOST            | `127.0.0.1` | interface the HTTP server binds                              |
 * | PORT            | `4000`      | HTTP port (0 = any free port)                                |
 * | LOG_LEVEL       | `info`      | debug, info, warn, error or silent                           |
 * | NEO4J_URI       | (unset)     | set → serve from Neo4j; unset → the embedded in-memory store |
 * | NEO4J_USERNAME  | `neo4j`     |                                                              |
 * | NEO4J_PASSWORD  | (empty)     | empty suits a server with auth disabled (the local launcher) |
 * | NEO4J_DATABASE  | `neo4j`     |                                                              |
 * | NEO4J_QUERY_TIMEOUT_MS | `5000` | deadline of each Neo4j read (then SERVICE_UNAVAILABLE)      |
 * | CORS_ORIGINS    | (unset)     | comma-separated origins browsers may call the API from       |
 *
 * An empty variable counts as unset, so `PORT= npm start` gets the default.
 */
import { ConfigError } from './errors.js';
import { isLogLevel, LOG_LEVELS, type LogLevel } from './log.js';

export interface MemoryStoreConfig {
  readonly kind: 'memory';
}

export interface Neo4jStoreConfig {
  readonly kind: 'neo4j';
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** Deadline of each read, in ms, when NEO4J_QUERY_TIMEOUT_MS sets one (default: src/store/neo4j/deadline.ts). */
  readonly queryTimeoutMs?: number;
}

export type StoreConfig = MemoryStoreConfig | Neo4jStoreConfig;

export interface Config {
  readonly modelDir: string;
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly store: StoreConfig;
  /** Origins (`https://ide.example.org`) allowed cross-origin access; empty: none (the default). */
  readonly corsOrigins: readonly string[];
}

export type Env = Readonly<Record<string, string | undefined>>;

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;
/** Neo4j's own rule for database names (letters, digits, dots, dashes; starts with a letter). */
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

const read = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
};

/** A TCP port number; 0 asks the OS for any free port. Shared with the CLI's `--port` flag. */
export function parsePort(raw: string, what: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new ConfigError(`${what} must be a port number 0–65535, got '${raw}'`);
  return port;
}

function parseLogLevel(raw: string): LogLevel {
  if (!isLogLevel(raw)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${raw}'`);
  return raw;
}

function parseTimeout(raw: string | undefined): { queryTimeoutMs?: number } {
  if (raw === undefined) return {};
  const ms = Number(raw);
  if (!/^\d+$/.test(raw) || ms < 100 || ms > 600_000) throw new ConfigError(`NEO4J_QUERY_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000, got '${raw}'`);
  return { queryTimeoutMs: ms };
}

function parseStore(env: Env): StoreConfig {
  const uri = read(env, 'NEO4J_URI');
  if (uri === undefined) return { kind: 'memory' };
  const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/.exec(uri)?.[1];
  if (!scheme || !(NEO4J_SCHEMES as readonly string[]).includes(scheme)) {
    throw new ConfigError(`NEO4J_URI must look like bolt://host:7687 (schemes: ${NEO4J_SCHEMES.join(', ')}), got '${uri}'`);
  }
  const database = read(env, 'NEO4J_DATABASE') ?? 'neo4j';
  if (!DATABASE_NAME.test(database)) throw new ConfigError(`NEO4J_DATABASE is not a valid Neo4j database name: '${database}'`);
  return {
    kind: 'neo4j',
    uri,
    username: read(env, 'NEO4J_USERNAME') ?? 'neo4j',
    // Not trimmed: a password may legitimately have surrounding spaces.
    password: env.NEO4J_PASSWORD ?? '',
    database,
    ...parseTimeout(read(env, 'NEO4J_QUERY_TIMEOUT_MS')),
  };
}

function parseOrigins(raw: string): readonly string[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let origin: string | undefined;
      try {
        const url = new URL(entry);
        if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
      } catch {
        // reported below
      }
      if (origin !== entry) throw new ConfigError(`CORS_ORIGINS entries must be origins like https://ide.example.org (scheme, host, optional port; no path or trailing slash), got '${entry}'`);
      return origin;
    });
}

/** Reads the configuration; throws ConfigError naming the first invalid variable. */
export function loadConfig(env: Env = process.env): Config {
  const port = read(env, 'PORT');
  const logLevel = read(env, 'LOG_LEVEL');
  return {
    modelDir: read(env, 'MODEL_DIR') ?? 'model',
    host: read(env, 'HOST') ?? '127.0.0.1',
    port: port === undefined ? 4000 : parsePort(port, 'PORT'),
    logLevel: logLevel === undefined ? 'info' : parseLogLevel(logLevel.toLowerCase()),
    store: parseStore(env),
    corsOrigins: parseOrigins(read(env, 'CORS_ORIGINS') ?? ''),
  };
}
