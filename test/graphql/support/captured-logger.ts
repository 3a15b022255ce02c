/** A real structured logger whose JSON lines are kept for the test to read. */
import { createLogger, type Logger } from '../../../src/log.js';

export interface LogEvent {
  readonly level: string;
  readonly msg: string;
  readonly fields?: Record<string, unknown>;
}

export function capturedLogger(): { logger: Logger; events: LogEvent[] } {
  const events: LogEvent[] = [];
  const logger = createLogger({ level: 'debug', stream: { write: (line: string) => events.push(JSON.parse(line) as LogEvent) } });
  return { logger, events };
}
