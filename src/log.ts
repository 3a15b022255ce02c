/**
 * A tiny structured logger: one JSON line per event on stderr, so that stdout stays free for
 * command output (CSV, JSON, …) and a log shipper can parse every line.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const isLogLevel = (s: string): s is LogLevel => (LOG_LEVELS as readonly string[]).includes(s);

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  readonly level: LogLevel;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  /** Events below this level are dropped; `silent` drops everything (tests). */
  readonly level: LogLevel;
  /** @default process.stderr */
  readonly stream?: { write(line: string): unknown };
}

type EventLevel = Exclude<LogLevel, 'silent'>;

const rank = (level: LogLevel): number => LOG_LEVELS.indexOf(level);

/** Errors serialise to `{}` with JSON.stringify; keep what a reader needs. */
const jsonSafe = (_key: string, value: unknown): unknown =>
  value instanceof Error ? { name: value.name, message: value.message, ...('code' in value ? { code: value.code } : {}) } : value;

export function createLogger({ level, stream = process.stderr }: LoggerOptions): Logger {
  const emit = (eventLevel: EventLevel) => (msg: string, fields?: LogFields) => {
    if (rank(eventLevel) < rank(level)) return;
    const event = { time: new Date().toISOString(), level: eventLevel, msg, ...(fields ? { fields } : {}) };
    stream.write(`${JSON.stringify(event, jsonSafe)}\n`);
  };
  return { level, debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that drops everything, for tests and library callers that pass none. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
