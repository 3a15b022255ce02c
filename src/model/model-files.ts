/**
 * Which files make up the model: every `*.yaml` / `*.yml` under the model directory, at any
 * depth, in sorted order.
 *
 * Symbolic links are never dropped without a word. A link to a file inside the model directory
 * is read (once: a file reached by two paths is read under the first); a link to a directory
 * inside it adds nothing, because the walk reaches that directory by its real path anyway (and
 * a link back to an ancestor cannot loop). A link that leaves the model directory, or leads
 * nowhere, is a problem at the link: the model in review is the directory, so a file elsewhere
 * would change the design without a diff.
 */
import type { Dirent } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ModelProblem } from '../errors.js';
import { compare } from './order.js';

export interface ModelFiles {
  /** Paths to read, sorted. */
  readonly paths: readonly string[];
  /** Links that cannot be followed, located at the link. */
  readonly problems: readonly ModelProblem[];
}

const MODEL_FILE = /\.ya?ml$/;

/** The model files under `dir`; or why the directory cannot be read. */
export async function modelFilesUnder(dir: string): Promise<ModelFiles | string> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch (error) {
    return `cannot read the model directory: ${error instanceof Error ? error.message : String(error)}`;
  }
  const found: { path: string; real: string }[] = [];
  const problems: ModelProblem[] = [];
  // A level of directories at a time, read together.
  for (let level = [{ path: dir, real: root }]; level.length > 0; ) {
    const listed = await Promise.all(level.map(async (d) => ({ ...d, entries: await entriesOf(d.path) })));
    level = [];
    for (const { path: parent, real: realParent, entries } of listed) {
      if (typeof entries === 'string') {
        if (parent === dir) return `cannot read the model directory: ${entries}`;
        problems.push(problemAt(parent, `cannot read this directory: ${entries}`));
        continue;
      }
      for (const entry of entries) {
        const path = join(parent, entry.name);
        const real = join(realParent, entry.name);
        if (entry.isDirectory()) level.push({ path, real });
        else if (entry.isFile() && MODEL_FILE.test(entry.name)) found.push({ path, real });
        else if (entry.isSymbolicLink()) {
          const link = await followLink(path, root, MODEL_FILE.test(entry.name));
          if (typeof link === 'string') found.push({ path, real: link });
          else if (link) problems.push(link);
        } else if (!entry.isFile() && MODEL_FILE.test(entry.name)) {
          problems.push(problemAt(path, 'not a regular file (a pipe, socket or device); model files are plain files'));
        }
      }
    }
  }
  const read = new Set<string>();
  const paths = found
    .sort((a, b) => compare(a.path, b.path))
    .flatMap(({ path, real }) => (read.has(real) ? [] : (read.add(real), [path])));
  return { paths, problems };
}

/** A directory's entries, or why it cannot be read. */
async function entriesOf(path: string): Promise<Dirent[] | string> {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * What a link contributes: the real path of a model file to read, a problem, or nothing (a link
 * to a directory inside the model, or a dangling link not named like a model file).
 */
async function followLink(path: string, root: string, modelFileName: boolean): Promise<string | ModelProblem | undefined> {
  let real: string;
  let isDirectory: boolean;
  try {
    real = await realpath(path);
    isDirectory = (await stat(real)).isDirectory();
  } catch {
    return modelFileName ? problemAt(path, 'symbolic link to a file that does not exist') : undefined;
  }
  const inside = real === root || real.startsWith(`${root}${sep}`);
  if (!inside) {
    if (!isDirectory && !modelFileName) return undefined;
    return problemAt(path, `symbolic link to ${await readlink(path)}, outside the model directory; model files must be inside it`);
  }
  return isDirectory || !modelFileName ? undefined : real;
}

const problemAt = (path: string, message: string): ModelProblem => ({ file: displayPath(path), line: 1, col: 1, message });

/** Problems name files relative to the working directory, with `/` on every platform. */
export const displayPath = (path: string): string => relative(process.cwd(), path).split(sep).join('/') || '.';
