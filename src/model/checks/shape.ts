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
import { isMapping } from '../elements.js';
import { businessProcessOutline, ELEMENT_SCHEMAS, KIND_BY_YAML_KEY, modelFileOutline, modelFileSchema, STEPS_KEY } from '../file-schema.js';
import type { YamlDocument } from '../parse.js';
import type { PathSegment } from '../positions.js';
import type { ModelCheck } from './model-check.js';
import { problemAt } from './model-check.js';

/** Shape problems listed per file: beyond this many, the rest are counted, not listed (a generated file can have 500,000). */
export const MAX_SHAPE_PROBLEMS_PER_FILE = 1000;

/**
 * A file with more YAML nodes than this is checked one element at a time, stopping once enough
 * problems are found: zod nests every issue of a value into its parent's list with a spread,
 * which overflows the call stack at a few hundred thousand, and holds them all at once. Model
 * files have a few thousand nodes; the check of a whole file is the fast path.
 */
const WHOLE_FILE_NODES = 50_000;

export const checkShape: ModelCheck = ({ documents }) =>
  documents.flatMap((document) => {
    const issues = (document.nodes <= WHOLE_FILE_NODES ? issuesIn(modelFileSchema, document.root, []) : issuesByElement(document.root)).flatMap(
      // One issue names every unknown key of a mapping: count (and list) them one by one.
      (issue) => (issue.code === 'unrecognized_keys' && issue.keys.length > 1 ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue]),
    );
    const listed = issues.slice(0, MAX_SHAPE_PROBLEMS_PER_FILE).flatMap((issue) => problemsOf(document, issue));
    const first = issues[MAX_SHAPE_PROBLEMS_PER_FILE];
    if (!first) return listed;
    const message = `further problems from here on are not listed (only the first ${MAX_SHAPE_PROBLEMS_PER_FILE} of this file are); fix those first`;
    return [...listed, problemAt(document, first.path as PathSegment[], message)];
  });

/** The issues of a large file, element by element, until there are more than can be listed. */
function issuesByElement(root: unknown): z.core.$ZodIssue[] {
  const issues = issuesIn(modelFileOutline, root, []);
  for (const { schema, value, path } of valuesToCheck(root)) {
    if (issues.length > MAX_SHAPE_PROBLEMS_PER_FILE) break;
    for (const issue of elementIssues(schema, value, path)) issues.push(issue);
  }
  return issues;
}

interface ValueToCheck {
  readonly schema: z.ZodType;
  readonly value: unknown;
  readonly path: readonly PathSegment[];
}

/** Each element of a file with the schema of its kind; a business process's steps each on their own. */
function valuesToCheck(root: unknown): ValueToCheck[] {
  if (!isMapping(root)) return [];
  return Object.entries(root).flatMap(([key, elements]) => {
    const kind = KIND_BY_YAML_KEY.get(key);
    if (!kind || !Array.isArray(elements)) return [];
    return elements.flatMap((value: unknown, i): ValueToCheck[] => {
      if (kind !== 'BusinessProcess') return [{ schema: ELEMENT_SCHEMAS[kind], value, path: [key, i] }];
      const steps = isMapping(value) && Array.isArray(value[STEPS_KEY]) ? (value[STEPS_KEY] as unknown[]) : [];
      return [
        { schema: businessProcessOutline, value, path: [key, i] },
        ...steps.map((step, j) => ({ schema: ELEMENT_SCHEMAS.ProcessStep, value: step, path: [key, i, STEPS_KEY, j] })),
      ];
    });
  });
}

/** The issues of `value` against `schema`, with paths from the document root. */
function issuesIn(schema: z.ZodType, value: unknown, path: readonly PathSegment[]): z.core.$ZodIssue[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return path.length === 0 ? result.error.issues : result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }) as z.core.$ZodIssue);
}

/** An element's issues; one at the element if even it is too large for zod (a value over the declared bounds). */
function elementIssues(schema: z.ZodType, value: unknown, path: readonly PathSegment[]): z.core.$ZodIssue[] {
  try {
    return issuesIn(schema, value, path);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [{ code: 'custom', path: [...path], input: value, message: `too large to check (${error.message}); split it up` }];
  }
}

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
      if (Array.isArray(input)) return [problemAt(document, path, `${field}: has ${input.length} entries; at most ${String(issue.maximum)}`)];
      return [problemAt(document, path, `${field}: must be at most ${String(issue.maximum)}`)];
    case 'invalid_union':
      // A reference: an id, or a mapping (whose own issues zod reports at their keys).
      return [problemAt(document, path, `${field}: expected an id or a mapping {id, …}, got ${describe(input)}`)];
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
    if (schema instanceof z.ZodUnion) schema = schema.options.find((option) => option instanceof z.ZodObject);
    if (segment === null) break;
    if (schema instanceof z.ZodArray) schema = schema.element;
    else if (schema instanceof z.ZodObject) schema = schema.shape[segment];
    else return undefined;
  }
  return schema instanceof z.ZodObject ? schema : undefined;
}
