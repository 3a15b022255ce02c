/**
 * Builds dist/ once before the tests: the tests that run the real `mhhs` command (bin/mhhs.js)
 * and `npm start` then run what src/ holds now, and none of them rebuilds while others run.
 */
import { build } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await build({ quiet: true });
}
