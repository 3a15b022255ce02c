/**
 * Where a model's files come from: a directory (the working tree) or a commit's tree in git.
 * Both give the same thing — each model file's name, as problems show it, and its text — to the
 * one parse-and-validate pipeline in load.ts, so a model at a ref is checked exactly like one on
 * disk. `reviews.lock.yaml` at the top of the model directory records link reviews, not design:
 * it is never read as a model file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ModelProblem } from '../errors.js';
import { readBlobs, treeFiles, type ModelRepository } from './git.js';
import { compare } from './order.js';
import { MAX_MODEL_FILE_BYTES } from './parse.js';

/** The file at the top of a model directory that holds link reviews (see src/domain/suspects.ts). */
export const REVIEWS_LOCK_FILE = 'reviews.lock.yaml';

export interface ModelText {
  /** The file as problems name it. */
  readonly file: string;
  readonly text: string;
}

/** The model files of a source, sorted by name, and the problems met reading them. */
export interface SourceFiles {
  readonly texts: readonly ModelText[];
  readonly problems: readonly ModelProblem[];
}

const MODEL_FILE = /\.ya?ml$/;

const fileProblem = (file: string, message: string): ModelProblem => ({ file, line: 1, col: 1, message });

const tooLarge = (file: string, bytes: number): ModelProblem =>
  fileProblem(file, `file is ${bytes} bytes; model files are limited to ${MAX_MODEL_FILE_BYTES} bytes`);

const none = (file: string, where: string): SourceFiles => ({ texts: [], problems: [fileProblem(file, `no model files (*.yaml, *.yml) in ${where}`)] });

/** Problems name files relative to the working directory, with `/` on every platform. */
const displayPath = (path: string): string => relative(process.cwd(), path).split(sep).join('/') || '.';

/** The model files under `dir`. */
export async function directorySource(dir: string): Promise<SourceFiles> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    return { texts: [], problems: [fileProblem(displayPath(dir), `cannot read the model directory: ${error instanceof Error ? error.message : String(error)}`)] };
  }
  const lock = join(dir, REVIEWS_LOCK_FILE);
  const paths = entries
    .filter((e) => e.isFile() && MODEL_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => path !== lock)
    .sort(compare);
  if (paths.length === 0) return none(displayPath(dir), 'this directory');
  const read = await Promise.all(paths.map((path) => readModelFile(path, displayPath(path))));
  return {
    texts: read.flatMap((r) => ('text' in r ? [r] : [])),
    problems: read.flatMap((r) => ('problem' in r ? [r.problem] : [])),
  };
}

async function readModelFile(path: string, file: string): Promise<ModelText | { problem: ModelProblem }> {
  const { size } = await stat(path);
  if (size > MAX_MODEL_FILE_BYTES) return { problem: tooLarge(file, size) };
  const bytes = await readFile(path);
  // The file may have grown between stat and read.
  if (bytes.length > MAX_MODEL_FILE_BYTES) return { problem: tooLarge(file, bytes.length) };
  return { file, text: bytes.toString('utf8') };
}

/**
 * The model files of the model directory at `commit`, read from git objects. Files are named
 * `<label>:<path from the repository root>` — the form `git show` takes, e.g. `ir4:model/roles.yaml`.
 */
export async function gitSource(repo: ModelRepository, commit: string, label: string): Promise<SourceFiles> {
  const lock = repo.modelPath ? `${repo.modelPath}/${REVIEWS_LOCK_FILE}` : REVIEWS_LOCK_FILE;
  const files = (await treeFiles(repo, commit)).filter((f) => MODEL_FILE.test(f.path) && f.path !== lock).sort((a, b) => compare(a.path, b.path));
  const name = (path: string) => `${label}:${path}`;
  if (files.length === 0) return none(name(repo.modelPath || '.'), `${repo.modelPath || 'the repository'} at ${label}`);
  const readable = files.filter((f) => f.size <= MAX_MODEL_FILE_BYTES);
  const contents = await readBlobs(repo, readable.map((f) => f.blob));
  return {
    texts: readable.map((f, i) => ({ file: name(f.path), text: contents[i]!.toString('utf8') })),
    problems: files.filter((f) => f.size > MAX_MODEL_FILE_BYTES).map((f) => tooLarge(name(f.path), f.size)),
  };
}
