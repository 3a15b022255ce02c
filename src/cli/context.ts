/** What every command starts from: the configuration and a logger at its level. */
import { loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../log.js';

export interface CommandContext {
  readonly config: Config;
  readonly logger: Logger;
}

/**
 * `quiet` is for one-shot query commands (impact, trace, rttm, role, codes): their answer is the
 * output, so at the default level they log only warnings and errors, not the store's start-up
 * lines. LOG_LEVEL=debug still shows everything.
 */
export function commandContext({ quiet = false }: { quiet?: boolean } = {}): CommandContext {
  const config = loadConfig();
  const level = quiet && config.logLevel === 'info' ? 'warn' : config.logLevel;
  return { config, logger: createLogger({ level }) };
}
