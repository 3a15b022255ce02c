/**
 * `serve --watch`: when files under MODEL_DIR change, the model is loaded again. A valid model
 * replaces the served one atomically (a new memory store; each request reads the current store
 * once, so it sees one model or the other, never both); an invalid one is refused whole, the
 * previous model keeps serving, and the problems go to the log and to the explorer's banner.
 */
import { watch as watchFiles, type FSWatcher } from 'node:fs';
import { formatProblem } from '../errors.js';
import type { Logger } from '../log.js';
import type { DesignModel } from '../model/design-model.js';
import { loadModelOrProblems } from '../model/load.js';
import { createMemoryStore } from '../store/memory.js';
import type { GraphStore } from '../store/port.js';
import type { ReloadAttempt, ReloadReport } from './explorer/status-report.js';

export interface ModelWatch {
  /** The store of the latest valid model. */
  current(): GraphStore;
  report(): ReloadReport;
  close(): void;
}

export interface WatchOptions {
  readonly dir: string;
  /** The model being served when the watch starts, and the memory store holding it. */
  readonly model: DesignModel;
  readonly store: GraphStore;
  readonly logger: Logger;
  /** Editors write a file in several steps: wait this long after the last change. @default 150 */
  readonly debounceMs?: number;
}

export function watchModel({ dir, model, store: initial, logger, debounceMs = 150 }: WatchOptions): ModelWatch {
  let store = initial;
  let servedHash = model.hash;
  let last: ReloadAttempt | null = null;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let pending = false;

  async function reload(): Promise<void> {
    const result = await loadModelOrProblems(dir);
    const at = new Date().toISOString();
    if ('problems' in result) {
      last = { at, ok: false, problems: result.problems.map(formatProblem) };
      logger.warn('The model files changed but are invalid; still serving the previous model', {
        dir,
        serving: servedHash,
        problems: last.problems,
      });
      return;
    }
    last = { at, ok: true, modelHash: result.model.hash };
    if (result.model.hash === servedHash) return;
    // The old store is left to in-flight requests and the garbage collector: a memory store holds no resources.
    store = createMemoryStore(result.model);
    servedHash = result.model.hash;
    logger.info('Model reloaded', { dir, elements: result.model.nodes.length, relationships: result.model.edges.length, hash: servedHash });
  }

  /** One reload at a time; changes during a reload trigger exactly one more. */
  function schedule(): void {
    if (pending) return;
    pending = true;
    running = running.then(async () => {
      pending = false;
      await reload().catch((error: unknown) => logger.error('Model reload failed', { error: String(error) }));
    });
  }

  const watcher: FSWatcher = watchFiles(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(schedule, debounceMs);
  });
  watcher.on('error', (error) => logger.error('Watching the model files failed; reloads stop', { dir, error: String(error) }));
  logger.info('Watching the model files; a valid change is served at once', { dir });

  return {
    current: () => store,
    report: () => ({ watching: true, dir, last }),
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
