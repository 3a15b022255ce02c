/**
 * Shape: every file, element and field is what `file-schema.ts` says — no unknown keys, the
 * right types, enum values from their list, required fields present.
 *
 * zod finds the issues; this turns each into a problem at the key or value it is about, worded
 * for someone editing YAML (a "list", a "mapping", the allowed values spelt out).
 */
import { z } from 'zod';
import type { ModelProblem } from '../../errors.js';
import { didYouMean } from '../did-you-mean.js';
import { KIND_BY_YAML_KEY, modelFileSchema, STEPS_KEY } from '../file-schema.js';
import type { YamlDocument } from '../parse.js';
import type { PathSegment } from '../positions.js';
import type { ModelCheck } from './model-check.js';
import { problemAt } from './model-check.js';

export const checkShape: ModelCheck = ({ documents }) =>
  documents.flatMap((document) => {
    const result = modelFileSchema.safeParse(document.root, { reportInput: true });
    return result.success ? [] : result.error.issues.flatMap((issue) => problemsOf(document, issue));
  });

function problemsOf(document: YamlDocument, issue: z.core.$ZodIssue): ModelProblem[] {
  const path = issue.path as PathSegment[];
  const field = labelOf(path);
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = Object.keys(objectSchemaAt(path)?.shape ?? {});
      const where = path.length === 0 ? 'at the top level of a model file' : `in ${field}`;
      return issue.keys.map((key) =>
        problemAt(document, [...path, key], `unknown field '${key}' ${where}${didYouMean(key, allowed)}`, 'key'),
      );
    }
    case 'invalid_type': {
      if (input === undefined) {
        const owner = path.slice(0, -1);
        const id = elementOf(owner)?.rest.length === 0 ? valueAt(document.root, [...owner, 'id']) : undefined;
        const name = typeof id === 'string' ? `${labelOf(owner)} '${id}'` : labelOf(owner);
        return [problemAt(document, path, `${name} is missing required field '${String(path.at(-1))}'`)];
      }
      return [problemAt(document, path, `${field}: expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(input)}`)];
    }
    case 'invalid_value':
      return [problemAt(document, path, `${field}: ${describe(input)} is not one of ${issue.values.map(String).join(', ')}`)];
    case 'too_small':
      return [problemAt(document, path, `${field}: ${tooSmall(issue)}`)];
    case 'too_big':
      if (typeof input === 'string') {
        return [problemAt(document, path, `${field}: ${describe(input)} is ${input.length} characters long; at most ${String(issue.maximum)}`)];
      }
      return [problemAt(document, path, `${field}: must be at most ${String(issue.maximum)}`)];
    case 'invalid_format':
      return [problemAt(document, path, `${field}: ${issue.message} (got ${describe(input)})`)];
    default:
      return [problemAt(document, path, `${field}: ${issue.message}`)];
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return String(value);
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  if (issue.origin === 'string' || issue.origin === 'array') {
    return Number(issue.minimum) === 1 ? 'must not be empty' : `must have at least ${String(issue.minimum)} entries`;
  }
  return issue.inclusive ? `must be at least ${String(issue.minimum)}` : `must be greater than ${String(issue.minimum)}`;
}

/** The element a path is in (its kind, as a step or under its top-level key), and the rest of the path. */
function elementOf(path: readonly PathSegment[]): { kind: string; rest: readonly PathSegment[] } | undefined {
  const [key, index, ...rest] = path;
  const kind = typeof key === 'string' ? KIND_BY_YAML_KEY.get(key) : undefined;
  if (!kind || typeof index !== 'number') return undefined;
  const [stepsKey, stepIndex, ...stepRest] = rest;
  if (kind === 'BusinessProcess' && stepsKey === STEPS_KEY && typeof stepIndex === 'number') {
    return { kind: 'ProcessStep', rest: stepRest };
  }
  return { kind, rest };
}

/**
 * How a path reads in a message: relative to the element it is in, prefixed by the element's
 * kind (`Requirement.source.paper`, `ProcessStep.sequence`), or as written for top-level keys.
 */
function labelOf(path: readonly PathSegment[]): string {
  const element = elementOf(path);
  if (!element) return path.length === 0 ? 'the model file' : joinPath(path);
  return element.rest.length === 0 ? element.kind : `${element.kind}.${joinPath(element.rest)}`;
}

const valueAt = (root: unknown, path: readonly PathSegment[]): unknown =>
  path.reduce<unknown>((node, segment) => (typeof node === 'object' && node !== null ? (node as Record<PathSegment, unknown>)[segment] : undefined), root);

const joinPath = (path: readonly PathSegment[]) =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** The object schema that validates the value at `path`, to list the keys it allows. */
function objectSchemaAt(path: readonly PathSegment[]): z.ZodObject | undefined {
  let schema: unknown = modelFileSchema;
  for (const segment of [...path, null]) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap();
    if (segment === null) break;
    if (schema instanceof z.ZodArray) schema = schema.element;
    else if (schema instanceof z.ZodObject) schema = schema.shape[segment];
    else return undefined;
  }
  return schema instanceof z.ZodObject ? schema : undefined;
}
