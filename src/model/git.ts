/**
 * Reading a model straight from git objects: which repository a model directory lives in, what a
 * ref names, and the files of a directory at a commit — with `git rev-parse`, `git ls-tree` and
 * one `git cat-file --batch`, never a checkout, so the working tree is never touched.
 */
import { execFile, spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { BadInputError } from '../errors.js';

/** A model directory as git sees it. */
export interface ModelRepository {
  /** The repository's top-level directory. */
  readonly root: string;
  /** The model directory relative to `root`, with `/`, no trailing slash; `''` when it is the root. */
  readonly modelPath: string;
}

/** A file of a tree: its path from the repository root and the blob holding it. */
export interface TreeFile {
  readonly path: string;
  readonly blob: string;
  readonly size: number;
  /** A symbolic link: the blob holds the path it points to. */
  readonly link: boolean;
}

/** Runs git in `cwd`; resolves with stdout, rejects with git's own message. */
function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
      if (error) reject(new GitError(stderr.trim() || error.message));
      else resolve(stdout);
    });
  });
}

export class GitError extends Error {}

/** The repository holding `modelDir`; a BadInputError when it is not in one. */
export async function modelRepository(modelDir: string): Promise<ModelRepository> {
  let dir: string;
  try {
    dir = await realpath(modelDir);
  } catch {
    throw new BadInputError(`the model directory '${modelDir}' does not exist`);
  }
  try {
    const [root = '', prefix = ''] = (await git(dir, ['rev-parse', '--show-toplevel', '--show-prefix'])).split('\n');
    return { root, modelPath: prefix.replace(/\/$/, '') };
  } catch (error) {
    throw new BadInputError(`the model directory '${modelDir}' is not in a git repository, so it has no baselines: ${(error as Error).message}`);
  }
}

/** The commit `ref` names (a tag, branch, `main~3`, a commit id), or null when it names none. */
export async function resolveCommit(repo: ModelRepository, ref: string): Promise<string | null> {
  // `--end-of-options` keeps a ref such as `--all` from being read as an option.
  try {
    return (await git(repo.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim() || null;
  } catch {
    return null;
  }
}

/** The blobs under the model directory at `commit`, sorted by path (git's order: bytewise). */
export async function treeFiles(repo: ModelRepository, commit: string): Promise<TreeFile[]> {
  const args = ['ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--', ...(repo.modelPath ? [repo.modelPath] : [])];
  const entries = (await git(repo.root, args)).split('\0').filter((entry) => entry !== '');
  return entries.flatMap((entry) => {
    // `<mode> SP <type> SP <object> SP+ <size> TAB <path>`; submodules are not model files.
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(entry);
    if (!match || match[2] !== 'blob') return [];
    return [{ path: match[5]!, blob: match[3]!, size: Number(match[4]), link: match[1] === '120000' }];
  });
}

/** The contents of `blobs`, in order, read through one `git cat-file --batch`. */
export function readBlobs(repo: ModelRepository, blobs: readonly string[]): Promise<Buffer[]> {
  if (blobs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: repo.root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new GitError(stderr.trim() || `git cat-file exited with ${code}`));
      try {
        resolve(splitBatch(Buffer.concat(chunks), blobs.length));
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.end(blobs.map((blob) => `${blob}\n`).join(''));
  });
}

/** Splits `--batch` output: per object `<oid> <type> <size>\n<content>\n`. */
function splitBatch(output: Buffer, count: number): Buffer[] {
  const contents: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const headerEnd = output.indexOf(0x0a, at);
    const header = output.subarray(at, headerEnd).toString();
    const size = Number(/^\S+ blob (\d+)$/.exec(header)?.[1] ?? Number.NaN);
    if (headerEnd < 0 || Number.isNaN(size)) throw new GitError(`unexpected git cat-file output: '${header}'`);
    contents.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  return contents;
}

export interface CommitSearch {
  /** Only commits changing this path (from the repository root); default the model directory. */
  readonly path?: string;
  /** Only commits changing how often this text occurs in the path (git's pickaxe, `-S`). */
  readonly pickaxe?: string;
  readonly limit: number;
}

/** Commits reachable from HEAD that match the search, newest first, at most `limit`. */
export async function commitsTouching(repo: ModelRepository, { path = repo.modelPath || '.', pickaxe, limit }: CommitSearch): Promise<string[]> {
  const args = ['log', '--format=%H', `--max-count=${limit}`, ...(pickaxe === undefined ? [] : [`-S${pickaxe}`]), 'HEAD', '--', path];
  return (await git(repo.root, args)).split('\n').filter((line) => line !== '');
}
