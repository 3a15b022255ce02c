#!/usr/bin/env node
// The `mhhs` command (and `npm start`): runs the CLI compiled to dist/ by scripts/build.mjs —
// plain Node, no TypeScript compiler at start. When src/ has changed since the last build (an
// edit, a `git pull`), it rebuilds first (~0.4 s), so dist/ is never silently stale.
import { staleness } from '../scripts/build-freshness.mjs';

const stale = staleness();
if (stale !== null) {
  let build;
  try {
    ({ build } = await import('../scripts/build.mjs'));
    await build({ quiet: true });
  } catch (err) {
    process.stderr.write(`error [BUILD_STALE]: ${stale}, and rebuilding failed: ${err instanceof Error ? err.message : err}\nRun \`npm run build\` (it needs the devDependencies: \`npm ci\`).\n`);
    process.exit(1);
  }
  process.stderr.write(`rebuilt dist/ (${stale})\n`);
}
await import('../dist/cli/main.js');
