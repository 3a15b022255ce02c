/**
 * Loads the design model from a directory of YAML files: every `*.yaml` / `*.yml` under it,
 * in sorted order, parsed, validated as a whole, and built into a DesignModel — or, if anything
 * is wrong, every problem found, and no model. An invalid model is never partly loaded.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ModelProblem } from '../errors.js';
import { InvalidModelError } from '../errors.js';
import { buildDesignModel } from './build.js';
import type { DesignModel } from './design-model.js';
import { compare } from './order.js';
import type { YamlDocument } from './parse.js';
import { readYamlFile } from './parse.js';
import { byLocation, modelUnderValidation, validateModel } from './validate.js';

export type LoadResult = { readonly model: DesignModel } | { readonly problems: readonly ModelProblem[] };

/** Loads the model under `dir`; throws InvalidModelError listing every problem. */
export async function loadModel(dir: string): Promise<DesignModel> {
  const result = await loadModelOrProblems(dir);
  if ('problems' in result) throw new InvalidModelError(result.problems);
  return result.model;
}

/** Loads the model under `dir`, or returns every problem, sorted by file, line and column. */
export async function loadModelOrProblems(dir: string): Promise<LoadResult> {
  const files = await modelFilesUnder(dir);
  if (typeof files === 'string') return { problems: [{ file: displayPath(dir), line: 1, col: 1, message: files }] };

  const parsed = await Promise.all(files.map((path) => readYamlFile(path, displayPath(path))));
  const documents: YamlDocument[] = [];
  const problems: ModelProblem[] = [];
  for (const file of parsed) {
    if ('document' in file) documents.push(file.document);
    else problems.push(file.problem);
  }
  const model = modelUnderValidation(documents, problems.length > 0);
  problems.push(...validateModel(model));
  return problems.length > 0 ? { problems: problems.sort(byLocation) } : { model: buildDesignModel(model) };
}

const MODEL_FILE = /\.ya?ml$/;

/** The model files under `dir`, sorted; or why there are none. */
async function modelFilesUnder(dir: string): Promise<string[] | string> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    return `cannot read the model directory: ${error instanceof Error ? error.message : String(error)}`;
  }
  const files = entries.filter((e) => e.isFile() && MODEL_FILE.test(e.name)).map((e) => join(e.parentPath, e.name));
  return files.length > 0 ? files.sort(compare) : 'no model files (*.yaml, *.yml) in this directory';
}

/** Problems name files relative to the working directory, with `/` on every platform. */
const displayPath = (path: string): string => relative(process.cwd(), path).split(sep).join('/') || '.';
