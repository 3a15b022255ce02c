/**
 * The JSON Schema of a model file, for editors (`# yaml-language-server: $schema=…` at the top
 * of each file): completion, hover help and validation while typing. Built from the same zod
 * schemas the loader validates with — with the property descriptions declared on them in
 * `kinds.ts` — plus the id patterns and descriptions from `editorHelp`, and committed as
 * schema/model.schema.json (a test fails when the committed file drifts).
 *
 * Run `npx tsx src/model/json-schema.ts` to write it.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { editorHelp, modelFileSchema } from './file-schema.js';

/** Where the schema is committed. */
export const MODEL_SCHEMA_FILE = fileURLToPath(new URL('../../schema/model.schema.json', import.meta.url));

/** Draft 7, which every YAML language server understands. */
export const modelJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(modelFileSchema, {
    target: 'draft-7',
    metadata: editorHelp,
    // With its own registry given, zod reads no other: add the `.describe()` texts (zod's global registry).
    override: ({ zodSchema, jsonSchema }) => {
      const described = z.globalRegistry.get(zodSchema)?.description;
      if (described !== undefined) jsonSchema.description ??= described;
    },
  });

/** The schema as committed: two-space JSON with a final newline. */
export const modelJsonSchemaText = (): string => `${JSON.stringify(modelJsonSchema(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(MODEL_SCHEMA_FILE, modelJsonSchemaText());
  console.log(`wrote ${MODEL_SCHEMA_FILE}`);
}
