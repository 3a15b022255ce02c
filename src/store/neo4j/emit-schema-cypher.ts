/**
 * Writes seed/schema.cypher (`npm run seed:schema`). The file is
 * committed; test/cli/seed-cypher.test.ts fails when it no longer matches schema.ts.
 */
import { writeFile } from 'node:fs/promises';
import { SCHEMA_CYPHER_FILE, schemaCypher } from './cypher-script.js';

await writeFile(SCHEMA_CYPHER_FILE, schemaCypher());
console.log(`wrote ${SCHEMA_CYPHER_FILE}`);
