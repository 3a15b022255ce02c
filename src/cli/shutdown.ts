/**
 * Graceful shutdown of a long-running command: on SIGINT or SIGTERM, run `close` (stop the HTTP
 * server, letting requests in flight finish, then close the store) and exit 0. A second signal,
 * or a close that hangs, ends the process at once with 1 — an operator pressing Ctrl-C twice
 * means it.
 */
import type { Logger } from '../log.js';
import { EXIT_FAILURE } from './exit.js';

/** Long enough for in-flight GraphQL requests; short enough for an orchestrator's grace period. */
const CLOSE_TIMEOUT_MS = 10_000;

export function closeOnSignal(logger: Logger, close: () => Promise<void>): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn('Second signal: exiting without waiting', { signal });
      process.exit(EXIT_FAILURE);
    }
    closing = true;
    logger.info('Shutting down', { signal });
    setTimeout(() => {
      logger.error('Shutdown timed out; exiting', { timeoutMs: CLOSE_TIMEOUT_MS });
      process.exit(EXIT_FAILURE);
    }, CLOSE_TIMEOUT_MS).unref();
    close().then(
      () => {
        logger.info('Stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error('Shutdown failed', { err });
        process.exit(EXIT_FAILURE);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
