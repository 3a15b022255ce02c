/**
 * The explorer's static assets: the bundles build.ts writes (at `npm ci`, by `prepare`) into
 * build/explorer. Only the files of that directory are served, by exact name.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ASSETS_PATH = '/assets/';

/** The repository root: the nearest directory above this file holding a package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('No package.json above the server code');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = packageRoot();
const ROOT = PACKAGE_ROOT;
export const EXPLORER_BUILD_DIR = join(ROOT, 'build', 'explorer');
/** What the bundles are built from (build.ts): the browser code and the server files it imports. */
const BUNDLE_SOURCES = [join(ROOT, 'src', 'web'), join(ROOT, 'src', 'server', 'graphiql-examples.ts'), join(ROOT, 'src', 'server', 'explorer', 'status-report.ts')];

async function newestChange(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const times = await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).mtimeMs));
  return Math.max(0, ...times);
}

/**
 * True when a source of the bundles changed after they were built (an edit, a `git pull`). False
 * where the sources are absent.
 */
export async function bundlesAreStale(dir: string = EXPLORER_BUILD_DIR): Promise<boolean> {
  const built = await Promise.all(['explorer.js', 'graphiql.js'].map((name) => stat(join(dir, name)).then((s) => s.mtimeMs, () => 0)));
  const sources = Math.max(...(await Promise.all(BUNDLE_SOURCES.map(newestChange))));
  return sources > Math.min(...built);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Asset {
  readonly body: Buffer;
  readonly contentType: string;
}

export type Assets = ReadonlyMap<string, Asset>;

/** Every file of the build, read once: a few MB, and no file system access per request. */
export async function readAssets(dir: string = EXPLORER_BUILD_DIR): Promise<Assets | null> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return null;
  }
  const entries = await Promise.all(
    names
      .filter((name) => CONTENT_TYPES[extname(name)] !== undefined)
      .map(async (name) => [name, { body: await readFile(join(dir, name)), contentType: CONTENT_TYPES[extname(name)]! }] as const),
  );
  return new Map(entries);
}
