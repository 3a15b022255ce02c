/**
 * The explorer's static assets: the bundles scripts/build-explorer.ts writes (at `npm ci`, by
 * `prepare`) into build/explorer. Only the files of that directory are served, by exact name.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
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

export const EXPLORER_BUILD_DIR = join(packageRoot(), 'build', 'explorer');

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
