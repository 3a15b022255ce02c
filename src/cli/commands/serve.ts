/**
 * `mhhs serve`: validates and loads the model, opens the configured store (seeding Neo4j first
 * with --seed), serves GraphQL until SIGINT/SIGTERM, then closes the server and the store.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parsePort, type Neo4jStoreConfig } from '../../config.js';
import { BadInputError, ConfigError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { DesignModel } from '../../model/design-model.js';
import { loadModelOrProblems, modelOrThrow } from '../../model/load.js';
import type { GraphStore } from '../../store/port.js';
import { commandContext } from '../context.js';
import { modelOption } from '../options.js';
import { openStore } from '../open-store.js';
import { describeSeed, seedWithProgress } from '../seed-run.js';
import { closeOnSignal } from '../shutdown.js';

interface ServeOptions {
  readonly port?: number;
  readonly host?: string;
  readonly model?: string;
  readonly seed?: boolean;
  readonly watch?: boolean;
}

/**
 * `--watch` reloads the embedded store when the model files change; on by default when a person
 * started the server in a terminal (`npm start`), off for scripts and services. Neo4j serves what
 * was seeded, so there it is refused.
 */
function shouldWatch(asked: boolean | undefined, store: GraphStore, logger: Logger): boolean {
  if (store.name !== 'memory') {
    if (asked) logger.warn('--watch reloads the embedded store only; Neo4j serves what was seeded (run `npm run seed` after a change)');
    return false;
  }
  return asked ?? process.stdout.isTTY === true;
}

const portArgument = (raw: string): number => {
  try {
    return parsePort(raw, '--port');
  } catch (err) {
    // Commander reports an InvalidArgumentError as a usage error (exit 2), like its own.
    if (err instanceof ConfigError) throw new InvalidArgumentError(err.message);
    throw err;
  }
};

/** `--seed`: seed Neo4j, then serve from the same driver (one driver per process). */
async function seedThenOpen(neo4jConfig: Neo4jStoreConfig, model: DesignModel, logger: Logger): Promise<GraphStore> {
  const { connectNeo4j, openNeo4jStore } = await import('../../store/neo4j/open.js');
  const driver = await connectNeo4j(neo4jConfig, logger);
  try {
    logger.info(describeSeed(await seedWithProgress(driver, model, neo4jConfig), neo4jConfig));
  } catch (err) {
    await driver.close();
    throw err;
  }
  return openNeo4jStore(neo4jConfig, logger, { driver });
}

/** A port that is taken or forbidden is the operator's to fix: say which and how. */
function listenError(err: unknown, host: string, port: number): unknown {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new ConfigError(`Port ${port} on ${host} is already in use: stop the other server, or set PORT / --port`, { cause: err });
  if (code === 'EACCES') return new ConfigError(`Not allowed to listen on ${host}:${port}: choose a port above 1023 with PORT / --port`, { cause: err });
  if (code === 'EADDRNOTAVAIL') return new ConfigError(`${host} is not an address of this machine: fix HOST / --host`, { cause: err });
  return err;
}

/** Neo4j keeps serving what was last seeded; say so when the model files have moved on. */
async function warnIfStale(store: GraphStore, model: DesignModel, logger: Logger): Promise<void> {
  const { modelHash } = await store.health();
  if (store.name === 'neo4j' && modelHash !== model.hash) {
    logger.warn('Neo4j holds a different model than the model files; run `npm run seed` to update it', {
      seeded: modelHash,
      files: model.hash,
    });
  }
}

export const serveCommand = (program: Command) =>
  program
    .command('serve')
    .description('serve the GraphQL API at http://HOST:PORT/graphql (embedded store, or Neo4j when NEO4J_URI is set)')
    .addOption(new Option('-p, --port <port>', 'HTTP port, 0 for any free one (default: $PORT or 4000)').argParser(portArgument))
    .option('-H, --host <host>', 'interface to bind (default: $HOST or 127.0.0.1)')
    .addOption(modelOption())
    .option('--seed', 'seed Neo4j from the model before serving')
    .option('--watch', 'reload the model when its files change (default when run in a terminal; embedded store only)')
    .option('--no-watch', 'serve the model as loaded at start')
    .action(async (opts: ServeOptions) => {
      const { config, logger } = commandContext();
      if (opts.seed && config.store.kind !== 'neo4j') {
        throw new BadInputError('--seed seeds Neo4j: set NEO4J_URI, or serve the embedded store without --seed');
      }
      const modelDir = opts.model ?? config.modelDir;
      const loaded = await loadModelOrProblems(modelDir);
      // Warnings do not stop the server, but whoever starts it should see them.
      for (const w of loaded.warnings) logger.warn('Model warning', { at: `${w.file}:${w.line}:${w.col}`, message: w.message });
      const model = modelOrThrow(loaded);
      logger.info('Model loaded', { dir: modelDir, elements: model.nodes.length, relationships: model.edges.length, hash: model.hash });
      const store =
        opts.seed && config.store.kind === 'neo4j'
          ? await seedThenOpen(config.store, model, logger)
          : await openStore({ store: config.store, logger, model: async () => model });
      // Before listening: a signal that arrives once the server answers must find the handler.
      let server: { close(): Promise<void> } | undefined;
      let watch: { close(): void } | undefined;
      closeOnSignal(logger, async () => {
        watch?.close();
        await server?.close();
        await store.close();
      });
      try {
        await warnIfStale(store, model, logger);
        const host = opts.host ?? config.host;
        const port = opts.port ?? config.port;
        // startServer logs the URL it listens on.
        const { startServer } = await import('../../server/start.js');
        const { watchModel } = await import('../../server/model-watch.js');
        const { rebuildExplorerIfStale } = await import('../../server/explorer/build.js');
        await rebuildExplorerIfStale(logger);
        const modelWatch = shouldWatch(opts.watch, store, logger) ? watchModel({ dir: modelDir, model, store, logger }) : undefined;
        watch = modelWatch;
        server = await startServer({ store, host, port, logger, corsOrigins: config.corsOrigins, modelDir, watch: modelWatch }).catch((err: unknown) => {
          throw listenError(err, host, port);
        });
      } catch (err) {
        watch?.close();
        await store.close();
        throw err;
      }
    });
