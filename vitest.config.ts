/**
 * Three test projects, run side by side by `npm test`:
 *   - `unit`: everything that needs no database or browser, files in parallel, sharing each
 *     worker's modules (test/README.md says how to keep a test fast);
 *   - `browser`: test/browser/**, the explorer in Debian's chromium (headless, puppeteer-core);
 *   - `neo4j`: test/neo4j/**, against a real Neo4j — the one at NEO4J_URI if set, otherwise a
 *     local server the global setup starts (and stops afterwards). Its files share one database,
 *     so they run one at a time, the fault tests (on a server of their own) last. If Neo4j cannot
 *     start, the run fails with the reason: the Neo4j suite is never skipped.
 * Run one project with `npx vitest run --project neo4j`.
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { FaultsLast } from './test/support/faults-last.js';

export default defineConfig({
  // graphql 16 ships CJS (index.js) and ESM (index.mjs). Node — and type-graphql and Apollo under
  // it — load the CJS build; Vite would pick the ESM one for our own imports, and graphql then
  // refuses the schema as coming "from another realm". One build for everyone, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // A root option: Vitest orders the files of all projects with one sequencer.
    sequence: { sequencer: FaultsLast },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/build-global-setup.ts'],
          exclude: ['test/neo4j/**', 'test/browser/**'],
          // A worker keeps its modules from one file to the next instead of importing the GraphQL
          // stack afresh for each (~1 s of CPU a file), and test/support/models.ts keeps the models
          // it has loaded. Safe because no unit test mocks a module or leaves a global changed
          // (runCli restores process.env and the output streams). See test/README.md.
          isolate: false,
          // Two files at a time even on two cores: the few spawned smoke tests mostly wait on their
          // child process, which leaves a core to the next file (Vitest's default is cores - 1).
          maxWorkers: Math.max(2, availableParallelism() - 1),
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // One chromium at a time: the machine is small and each browser is heavy.
          fileParallelism: false,
          hookTimeout: 60_000,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['test/neo4j/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: ['test/support/build-global-setup.ts', 'test/support/neo4j-global-setup.ts'],
          // A first start downloads nothing (CI installs first) but creates the databases.
          hookTimeout: 180_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
