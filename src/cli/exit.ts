/**
 * How a failed command ends: one line `error [CODE]: message` on stderr, never a stack trace
 * unless LOG_LEVEL=debug, and an exit code a script can branch on:
 *   0 success · 1 the command ran and failed (invalid model, unknown id, store down, …)
 *   2 the command line itself is wrong (unknown option, bad value, missing argument).
 */
import { CommanderError } from 'commander';
import { BadInputError, MhhsError } from '../errors.js';

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Commander's own ends that are not failures. */
const COMMANDER_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** Read directly: the configuration may be what failed to load. */
const debugWanted = (): boolean => process.env.LOG_LEVEL?.trim().toLowerCase() === 'debug';

/** Reports `err` on stderr (Commander has already printed its own) and returns the exit code. */
export function reportFailure(err: unknown, stderr: { write(s: string): unknown } = process.stderr): number {
  if (err instanceof CommanderError) return COMMANDER_SUCCESS.has(err.code) ? 0 : EXIT_USAGE;
  const stack = debugWanted() && err instanceof Error ? `${err.stack}\n` : '';
  if (err instanceof MhhsError) {
    stderr.write(`error [${err.code}]: ${err.message}\n${stack}`);
    return err instanceof BadInputError ? EXIT_USAGE : EXIT_FAILURE;
  }
  const message = err instanceof Error ? err.message : String(err);
  stderr.write(`error [INTERNAL]: ${message}\n${stack || '(set LOG_LEVEL=debug for the stack trace)\n'}`);
  return EXIT_FAILURE;
}
