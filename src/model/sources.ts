/**
 * Where a model's files come from: a directory (the working tree) or a commit's tree in git.
 * Both give the same thing — each model file's name, as problems show it, and its text — to the
 * one parse-and-validate pipeline in load.ts, so a model at a ref is checked exactly like one on
 * disk. `reviews.lock.yaml` at the top of the model directory records link reviews, not design:
 * it is never read as a model file.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { ModelProblem } from '../errors.js';
import { readBlobs, treeFiles, type ModelRepository, type TreeFile } from './git.js';
import { displayPath, modelFilesUnder } from './model-files.js';
import { compare } from './order.js';
import type { UnparsableFile } from './parse.js';
import { MAX_MODEL_FILE_BYTES } from './parse.js';
import { decodeModelFile } from './text-encoding.js';

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
  /** Model files that could not be read as text (too large, not UTF-8): each one's problem, and what it may mention. */
  readonly unreadable: readonly UnparsableFile[];
  /** Problems that are not about one model file's content: no files, links that cannot be followed. */
  readonly problems: readonly ModelProblem[];
}

const MODEL_FILE = /\.ya?ml$/;

const fileProblem = (file: string, message: string): ModelProblem => ({ file, line: 1, col: 1, message });

const tooLarge = (file: string, bytes: number): UnparsableFile => ({
  problem: fileProblem(file, `file is ${bytes} bytes; model files are limited to ${MAX_MODEL_FILE_BYTES} bytes`),
  // Not read at all, so it may mention anything.
  text: undefined,
});

const none = (file: string, where: string): SourceFiles => ({
  texts: [],
  unreadable: [],
  problems: [fileProblem(file, `no model files (*.yaml, *.yml) in ${where}`)],
});

/** The model files under `dir` (`model-files.ts` says which, and how links are followed). */
export async function directorySource(dir: string): Promise<SourceFiles> {
  const found = await modelFilesUnder(dir);
  if (typeof found === 'string') return { texts: [], unreadable: [], problems: [fileProblem(displayPath(dir), found)] };
  const lock = join(dir, REVIEWS_LOCK_FILE);
  const paths = found.paths.filter((path) => path !== lock);
  if (paths.length === 0 && found.problems.length === 0) return none(displayPath(dir), 'this directory');
  const read = readAll(paths);
  return {
    texts: read.flatMap((r) => ('text' in r && !('problem' in r) ? [r] : [])),
    unreadable: read.flatMap((r) => ('problem' in r ? [r] : [])),
    problems: found.problems,
  };
}

/**
 * Read synchronously, one after the other: a model is thousands of small files, and each
 * promise-based read (open, stat, read, close, each a hop through libuv's thread pool) cost ten
 * times the CPU of the read itself — half a second at 100× the shipped model, against 40 ms
 * this way. The event loop is held no longer than by the parse and validation that follow.
 */
function readAll(paths: readonly string[]): (ModelText | UnparsableFile)[] {
  return paths.map((path) => readModelFile(path, displayPath(path)));
}

function readModelFile(path: string, file: string): ModelText | UnparsableFile {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    if (size > MAX_MODEL_FILE_BYTES) return tooLarge(file, size);
    bytes = readFileSync(fd);
  } catch (error) {
    // Unreadable (permissions), or gone since the directory was listed: say so, at the file.
    return { problem: fileProblem(file, `cannot read this file: ${error instanceof Error ? error.message : String(error)}`), text: undefined };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // The file may have grown between stat and read.
  if (bytes.length > MAX_MODEL_FILE_BYTES) return tooLarge(file, bytes.length);
  return decoded(bytes, file);
}

function decoded(bytes: Buffer, file: string): ModelText | UnparsableFile {
  const result = decodeModelFile(bytes, file);
  if ('text' in result) return { file, text: result.text };
  // Ids are ASCII: read as Latin-1 without the NULs of UTF-16, an undecodable file still shows which it mentions.
  return { problem: result.problem, text: bytes.toString('latin1').replaceAll('\0', '') };
}

/**
 * The model files of the model directory at `commit`, read from git objects. Files are named
 * `<label>:<path from the repository root>` — the form `git show` takes, e.g. `ir4:model/roles.yaml`.
 * Links named like model files are followed as in a directory (`model-files.ts`); other links
 * are not looked at, since the tree outside the model directory is not listed.
 */
export async function gitSource(repo: ModelRepository, commit: string, label: string): Promise<SourceFiles> {
  const lock = repo.modelPath ? `${repo.modelPath}/${REVIEWS_LOCK_FILE}` : REVIEWS_LOCK_FILE;
  const tree = await treeFiles(repo, commit);
  const candidates = tree.filter((f) => MODEL_FILE.test(f.path) && f.path !== lock).sort((a, b) => compare(a.path, b.path));
  const name = (path: string) => `${label}:${path}`;
  if (candidates.length === 0) return none(name(repo.modelPath || '.'), `${repo.modelPath || 'the repository'} at ${label}`);
  const links = candidates.filter((f) => f.link);
  const targets = await readBlobs(repo, links.map((f) => f.blob));
  const followed = followTreeLinks(repo, tree, links, targets.map(String));
  // As in a directory: a file reached by two paths is read once, under the first.
  const seen = new Set<string>();
  const files = candidates.flatMap((f) => {
    const { file, real } = f.link ? (followed.files.get(f.path) ?? {}) : { file: f, real: f.path };
    if (!file || !real || seen.has(real)) return [];
    seen.add(real);
    return [file];
  });
  const readable = files.filter((f) => f.size <= MAX_MODEL_FILE_BYTES);
  const contents = await readBlobs(repo, readable.map((f) => f.blob));
  const read = readable.map((f, i) => decoded(contents[i]!, name(f.path)));
  return {
    texts: read.flatMap((r) => ('text' in r && !('problem' in r) ? [r] : [])),
    unreadable: [...read.flatMap((r) => ('problem' in r ? [r] : [])), ...files.filter((f) => f.size > MAX_MODEL_FILE_BYTES).map((f) => tooLarge(name(f.path), f.size))],
    problems: followed.problems.map(({ path, message }) => fileProblem(name(path), message)),
  };
}

/**
 * The file each link stands for (its own path, the target's blob); or a problem for a link that
 * leaves the model directory or leads nowhere.
 */
function followTreeLinks(repo: ModelRepository, tree: readonly TreeFile[], links: readonly TreeFile[], targets: readonly string[]) {
  const byPath = new Map(tree.map((f) => [f.path, f]));
  const inModel = (path: string) => repo.modelPath === '' || path.startsWith(`${repo.modelPath}/`);
  const files = new Map<string, { file: TreeFile; real: string }>();
  const problems: { path: string; message: string }[] = [];
  for (const [i, link] of links.entries()) {
    const target = posix.normalize(posix.join(posix.dirname(link.path), targets[i] ?? ''));
    const file = byPath.get(target);
    if (targets[i]?.startsWith('/') || target.startsWith('../') || !inModel(target)) {
      problems.push({ path: link.path, message: `symbolic link to ${targets[i] ?? ''}, outside the model directory; model files must be inside it` });
    } else if (!file) {
      problems.push({ path: link.path, message: 'symbolic link to a file that does not exist' });
    } else if (file.link) {
      problems.push({ path: link.path, message: 'symbolic link to another link; link to the file itself' });
    } else {
      files.set(link.path, { file: { ...file, path: link.path }, real: file.path });
    }
  }
  return { files, problems };
}
