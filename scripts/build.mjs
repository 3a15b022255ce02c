/**
 * Compiles src/ to JavaScript in dist/ (git-ignored), file for file, so that `npm start` and the
 * `mhhs` command run plain Node instead of compiling TypeScript at every start (tsx: ~2 s of CPU
 * before the first line of ours runs). esbuild only strips types and lowers decorators
 * (`experimentalDecorators`, read from tsconfig.json): type-checking is `npm run typecheck`.
 *
 * Run by `npm ci`/`npm install` (the `prepare` script) and `npm run build`; the CLI rebuilds by
 * itself when src/ has changed since (./build-freshness.mjs). Each output file is written beside
 * its place and renamed into it, so a process starting meanwhile reads old files or new, never
 * half a file.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { layout, REPO, sourceFiles } from './build-freshness.mjs';

/** Builds `root`/src into `root`/dist (the repository's own unless a test passes a copy). */
export async function build({ quiet = false, root = REPO } = {}) {
  const started = performance.now();
  const { src, dist, stamp: stampFile } = layout(root);
  const { build: esbuild } = await import('esbuild');
  const sources = sourceFiles(src);
  const { outputFiles } = await esbuild({
    entryPoints: sources.map((file) => file.path),
    outdir: dist,
    outbase: src,
    bundle: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    tsconfig: path.join(REPO, 'tsconfig.json'),
    logLevel: 'warning',
    write: false,
  });
  for (const file of outputFiles) writeAtomically(file.path, file.contents);
  const stamp = { builtAt: new Date().toISOString(), sources: sources.map(({ relative, mtimeMs, size }) => [relative, mtimeMs, size]) };
  writeAtomically(stampFile, JSON.stringify(stamp));
  removeOrphans(dist, new Set(outputFiles.map((file) => file.path)));
  if (!quiet) process.stderr.write(`built ${outputFiles.length} files into dist/ in ${Math.round(performance.now() - started)} ms\n`);
}

function writeAtomically(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** A source file deleted or renamed leaves no module behind that could still be imported. */
function removeOrphans(dist, keep) {
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && file.endsWith('.js') && !keep.has(file)) rmSync(file);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
