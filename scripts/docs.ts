/**
 * `npm run docs`: rewrites the generated sections of the docs (kinds, properties, relationships,
 * impact lists) from the declarations in src/model. See src/model/docs-tables.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { GENERATED_DOCS, renderGenerated } from '../src/model/docs-tables.js';

for (const file of GENERATED_DOCS) {
  const before = await readFile(file, 'utf8');
  const after = renderGenerated(before, file);
  if (after !== before) await writeFile(file, after);
  console.log(`${after === before ? 'up to date' : 'wrote'} ${file}`);
}
