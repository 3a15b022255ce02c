/**
 * Builds the explorer's browser bundles into build/explorer (git-ignored): the explorer itself
 * (src/web/main.ts, with Cytoscape) and GraphiQL (src/web/graphiql.tsx, with React). Everything is
 * bundled: the pages load nothing from outside the server. Run by `npm ci` (`prepare`, through
 * scripts/build-explorer.ts), by the browser tests, and by `mhhs serve` when its sources changed
 * since the last build. Each file is written beside its place and renamed into it, so a server
 * reading the build meanwhile gets the old file or the new one, never half of one.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../../log.js';
import { bundlesAreStale, EXPLORER_BUILD_DIR, PACKAGE_ROOT } from './assets.js';

export async function buildExplorer(outdir: string = EXPLORER_BUILD_DIR): Promise<void> {
  // esbuild is a development dependency: loaded only when a build is asked for.
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    entryPoints: { explorer: 'src/web/main.ts', graphiql: 'src/web/graphiql.tsx' },
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    format: 'esm',
    target: 'es2022',
    outdir,
    // One build of graphql for GraphiQL and its language service.
    mainFields: ['module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
    logLevel: 'warning',
    absWorkingDir: PACKAGE_ROOT,
    write: false,
  });
  await mkdir(outdir, { recursive: true });
  for (const file of outputFiles) {
    const partial = `${file.path}.${process.pid}.partial`;
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(partial, file.contents);
    await rename(partial, file.path);
  }
}

/**
 * Rebuilds the bundles when their sources changed since the last build (an edit, a `git pull`), as
 * the CLI rebuilds dist/: `mhhs serve` runs it before it listens. A failed rebuild (no esbuild in
 * a production install) leaves the old build serving, with a warning.
 */
export async function rebuildExplorerIfStale(logger: Logger, outdir: string = EXPLORER_BUILD_DIR): Promise<void> {
  if (!(await bundlesAreStale(outdir))) return;
  const started = performance.now();
  try {
    await buildExplorer(outdir);
    logger.info('Explorer rebuilt: its sources changed since the last build', { durationMs: Math.round(performance.now() - started) });
  } catch (error) {
    logger.warn('The explorer is older than its sources and could not be rebuilt: run `npm run build:explorer`', { error: String(error) });
  }
}
