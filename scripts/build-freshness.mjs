/**
 * Whether dist/ was built from the src/ on disk: the build records each source file's path,
 * modification time and size (dist/build-stamp.json); any difference — an edit, a `git pull`, a
 * file added or removed — makes the build stale. Checking stats ~150 files (a few ms), so every
 * start can afford it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository; a test passes a copy of it. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const layout = (root = REPO) => ({ root, src: path.join(root, 'src'), dist: path.join(root, 'dist'), stamp: path.join(root, 'dist', 'build-stamp.json') });

/** The browser explorer's sources, which src/server/explorer/build.ts bundles for the browser. */
const BROWSER_DIR = 'web';

/** The server and CLI's TypeScript sources under `src`, in a stable order. */
export function sourceFiles(src) {
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .filter((entry) => path.relative(src, entry.parentPath).split(path.sep)[0] !== BROWSER_DIR)
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { mtimeMs, size } = statSync(file);
      return { path: file, relative: path.relative(src, file), mtimeMs, size };
    })
    .sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** Null when dist/ matches src/; otherwise why not, for the message. */
export function staleness(root = REPO) {
  const { src, stamp: stampFile } = layout(root);
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return 'dist/ has not been built';
  }
  const built = new Map(stamp.sources.map(([relative, mtimeMs, size]) => [relative, `${mtimeMs}:${size}`]));
  const current = sourceFiles(src);
  for (const file of current) {
    const was = built.get(file.relative);
    if (was === undefined) return `src/${file.relative} is new since the build`;
    if (was !== `${file.mtimeMs}:${file.size}`) return `src/${file.relative} changed since the build`;
  }
  if (current.length !== built.size) return 'a source file was removed since the build';
  return null;
}
