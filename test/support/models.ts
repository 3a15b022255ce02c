/**
 * Models loaded once per test worker. The unit project runs its files without isolation
 * (vitest.config.ts), so a worker keeps its modules — and this cache — from one file to the next:
 * the shipped model or a fixture is read and validated once, not once per file. A DesignModel is
 * read-only by type, so sharing it cannot leak one file's changes into another. Tests of loading
 * itself call loadModel directly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DesignModel } from '../../src/model/design-model.js';
import { loadModel } from '../../src/model/load.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The model under `dir` (absolute, or relative to the repository root), loaded at most once per worker. */
export function sharedModel(dir: string): Promise<DesignModel> {
  const key = path.resolve(REPO, dir);
  let loading = loaded.get(key);
  if (!loading) {
    loading = loadModel(key);
    loaded.set(key, loading);
    // A failed load is not remembered: the next file gets the error afresh, with its own stack.
    loading.catch(() => loaded.delete(key));
  }
  return loading;
}

const loaded = new Map<string, Promise<DesignModel>>();

/** The model shipped in model/. */
export const shippedModel = (): Promise<DesignModel> => sharedModel('model');
