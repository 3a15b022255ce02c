/**
 * Graceful shutdown of a long-running command: on SIGINT or SIGTERM, run `close` (stop the HTTP
 * server, letting requests in flight finish writing their answers, then close the store) and
 * exit 0.
 *
 * One Ctrl-C often arrives more than once: the terminal signals the whole foreground process
 * group, and a parent that forwards signals (npm, tsx) sends the same one again a few ms later.
 * A repeat within DUPLICATE_SIGNAL_MS is that echo and is ignored; a later one means the
 * operator insists, and ends the process at once with 1 — as does a close that outlasts
 * CLOSE_DEADLINE_MS.
 */
import type { Logger } from '../log.js';
import { SHUTDOWN_GRACE_MS } from '../server/grace.js';
import { EXIT_FAILURE } from './exit.js';

/** Echoes of one Ctrl-C arrive within tens of ms; a person pressing again takes longer. */
export const DUPLICATE_SIGNAL_MS = 1_000;

/** The HTTP grace period plus time to close the store. */
export const CLOSE_DEADLINE_MS = SHUTDOWN_GRACE_MS + 5_000;

export function closeOnSignal(logger: Logger, close: () => Promise<void>): void {
  let firstSignalAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstSignalAt !== undefined) {
      if (performance.now() - firstSignalAt < DUPLICATE_SIGNAL_MS) {
        logger.debug('Repeated signal while shutting down: ignored', { signal });
        return;
      }
      logger.warn('Second signal: exiting without waiting', { signal });
      process.exit(EXIT_FAILURE);
    }
    firstSignalAt = performance.now();
    logger.info('Shutting down', { signal });
    setTimeout(() => {
      logger.error('Shutdown timed out; exiting', { timeoutMs: CLOSE_DEADLINE_MS });
      process.exit(EXIT_FAILURE);
    }, CLOSE_DEADLINE_MS).unref();
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
