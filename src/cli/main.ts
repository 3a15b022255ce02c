/** Entry point of the `mhhs` command (bin/mhhs.js, `npm start`, `npm run mhhs -- …`). */
import { buildProgram } from './program.js';
import { reportFailure } from './exit.js';

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  // exitCode, not exit(): lets piped stdout (a large CSV) drain before the process ends.
  process.exitCode = reportFailure(err);
}
