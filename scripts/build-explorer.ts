/** `npm run build:explorer` (and `prepare`): the explorer's bundles, see src/server/explorer/build.ts. */
import { EXPLORER_BUILD_DIR } from '../src/server/explorer/assets.js';
import { buildExplorer } from '../src/server/explorer/build.js';

const started = performance.now();
await buildExplorer();
process.stdout.write(`explorer built into ${EXPLORER_BUILD_DIR} in ${Math.round(performance.now() - started)} ms\n`);
