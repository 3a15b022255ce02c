/**
 * The model at a git ref: the model directory's files read from the commit's objects (never a
 * checkout), validated exactly as a directory is, and cached by commit id (the last CACHED_COMMITS
 * used) — a commit never changes, so neither does its model, valid or not.
 */
import { BadInputError, InvalidModelError } from '../errors.js';
import type { DesignModel } from './design-model.js';
import { modelRepository, resolveCommit, type ModelRepository } from './git.js';
import { loadModel, modelFromSource, type LoadResult } from './load.js';
import { gitSource } from './sources.js';

/** Loads of a commit's model, by repository, model directory and commit, least recently used first. */
const byCommit = new Map<string, Promise<LoadResult>>();

/** Models kept: a server answering diffs between many commits must not hold every one of them. */
export const CACHED_COMMITS = 32;

function cachedLoad(key: string, load: () => Promise<LoadResult>): Promise<LoadResult> {
  const cached = byCommit.get(key);
  byCommit.delete(key);
  const loading = cached ?? load();
  byCommit.set(key, loading);
  if (!cached) loading.catch(() => byCommit.delete(key));
  for (const oldest of byCommit.keys()) {
    if (byCommit.size <= CACHED_COMMITS) break;
    byCommit.delete(oldest);
  }
  return loading;
}

export class ModelHistory {
  private repository: Promise<ModelRepository> | undefined;

  /** `modelDir`: the model directory of the working tree; its repository holds the history. */
  constructor(readonly modelDir: string) {}

  repo(): Promise<ModelRepository> {
    if (!this.repository) {
      this.repository = modelRepository(this.modelDir);
      // Not cached when it fails: the directory may become a repository (git init) while a server runs.
      this.repository.catch(() => (this.repository = undefined));
    }
    return this.repository;
  }

  /** The model as it is in the working tree now (not cached: the files may change). */
  workingTree(): Promise<DesignModel> {
    return loadModel(this.modelDir);
  }

  /** The commit `ref` names; a BadInputError when it names none. */
  async commitOf(ref: string): Promise<string> {
    const commit = await resolveCommit(await this.repo(), ref);
    if (commit === null) throw new BadInputError(`'${ref}' is not a git ref or commit of the model repository`);
    return commit;
  }

  /**
   * The model at `commit`, which `ref` named; problems name files `<ref>:<path>` (what `git show`
   * takes) and the error says which ref and commit.
   */
  async modelAt(commit: string, ref: string): Promise<DesignModel> {
    const repo = await this.repo();
    const key = `${repo.root}\0${repo.modelPath}\0${commit}`;
    // Labelled with the commit id, so a cached result can be relabelled for whichever ref asks.
    const result = await cachedLoad(key, () => gitSource(repo, commit, commit).then(modelFromSource));
    if ('model' in result) return result.model;
    const relabel = (text: string) => text.replaceAll(`${commit}:`, `${ref}:`);
    const problems = result.problems.map((p) => ({ ...p, file: relabel(p.file), message: relabel(p.message) }));
    throw new InvalidModelError(problems, `The model of ref '${ref}' (commit ${commit.slice(0, 12)})`);
  }
}
