/**
 * Writes the API's SDL to schema/schema.graphql (run from the repository root:
 * `npx tsx src/graphql/emit-schema.ts`). The file is committed; test/graphql/schema-drift.test.ts
 * fails when it no longer matches the code.
 */
import { writeFile } from 'node:fs/promises';
import { SCHEMA_FILE, schemaSdl } from './schema.js';

await writeFile(SCHEMA_FILE, schemaSdl());
console.log(`wrote ${SCHEMA_FILE}`);
