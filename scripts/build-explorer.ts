/**
 * Builds the explorer's browser bundles into build/explorer (git-ignored): the explorer itself
 * (src/web/main.ts, with Cytoscape) and GraphiQL (src/web/graphiql.tsx, with React). `npm ci` runs
 * it through `prepare`; the browser tests run it before they start a server. Files are overwritten
 * in place, never removed first, so a server starting meanwhile still finds a build. Everything is
 * bundled: the pages load nothing from outside the server.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { EXPLORER_BUILD_DIR } from '../src/server/explorer/assets.js';

export async function buildExplorer(outdir: string = EXPLORER_BUILD_DIR): Promise<void> {
  await build({
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
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await buildExplorer();
  process.stdout.write(`explorer built into ${EXPLORER_BUILD_DIR} in ${Math.round(performance.now() - started)} ms\n`);
}
