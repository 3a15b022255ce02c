// The workbook worker's entry when src/ runs as TypeScript (tests, tsx scripts): loaders given to
// the parent do not reach a worker's entry in Node 20, so the worker registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-worker.ts');
