#!/usr/bin/env node
// The `mhhs` command. Runs the TypeScript CLI directly, with no build step: tsx (a runtime
// dependency) compiles src/ on the fly. The project's own tsconfig is named explicitly so that
// decorators compile the way type-graphql needs whatever directory mhhs is run from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
