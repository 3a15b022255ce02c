/**
 * Loads the design model from a source (sources.ts: a directory, or a commit in git): every
 * model file parsed, validated as a whole, and built into a DesignModel — or, if anything is
 * wrong, every problem found, and no model. An invalid model is never partly loaded. Warnings
 * (an empty file) do not stop a load; `mhhs validate` prints them.
 */
import type { ModelProblem } from '../errors.js';
import { InvalidModelError } from '../errors.js';
import { buildDesignModel } from './build.js';
import type { DesignModel } from './design-model.js';
import type { UnparsableFile, YamlDocument } from './parse.js';
import { parseYaml } from './parse.js';
import { directorySource, type SourceFiles } from './sources.js';
import { byLocation, modelUnderValidation, validateModel } from './validate.js';

export type LoadResult = ({ readonly model: DesignModel } | { readonly problems: readonly ModelProblem[] }) & {
  readonly warnings: readonly ModelProblem[];
};

/** Loads the model under `dir`; throws InvalidModelError listing every problem. */
export async function loadModel(dir: string): Promise<DesignModel> {
  return modelOrThrow(await loadModelOrProblems(dir));
}

/** Loads the model under `dir`, or returns every problem; problems and warnings sorted by file, line and column. */
export async function loadModelOrProblems(dir: string): Promise<LoadResult> {
  return modelFromSource(await directorySource(dir));
}

export function modelOrThrow(result: LoadResult, where?: string): DesignModel {
  if ('problems' in result) throw new InvalidModelError(result.problems, where);
  return result.model;
}

/** Parses, validates and builds the files of a source: the one pipeline every source goes through. */
export function modelFromSource({ texts, unreadable, problems: read }: SourceFiles): LoadResult {
  const documents: YamlDocument[] = [];
  const unparsed: UnparsableFile[] = [...unreadable];
  const warnings: ModelProblem[] = [];
  for (const { file, text } of texts) {
    const parsed = parseYaml(text, file);
    if ('document' in parsed) {
      documents.push(parsed.document);
      warnings.push(...parsed.warnings);
    } else {
      unparsed.push(parsed);
    }
  }
  const model = modelUnderValidation(documents, unparsed);
  const problems = [...read, ...unparsed.map((file) => file.problem), ...validateModel(model)];
  warnings.sort(byLocation);
  return problems.length > 0 ? { problems: problems.sort(byLocation), warnings } : { model: buildDesignModel(model), warnings };
}
