/**
 * The elements of parsed model files, found without trusting their shape: every mapping under a
 * kind's top-level key, and every mapping under a business process's `steps`. The checks run on
 * these, so one element with a wrong field still has its references, id and duplicates checked,
 * and every problem in the model is reported in one pass.
 */
import type { NodeKind } from './kinds.js';
import type { RelationshipSpec, RelationshipType } from './relationships.js';
import { yamlRelationshipsOf } from './relationships.js';
import { DEFINED_BY_KEY, KIND_BY_YAML_KEY, STEPS_KEY } from './file-schema.js';
import type { YamlDocument } from './parse.js';
import type { PathSegment } from './positions.js';

export interface ModelElement {
  readonly kind: NodeKind;
  /** The element's id, when it is written as a string. */
  readonly id: string | undefined;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly document: YamlDocument;
  /** Where the element's mapping is in its document. */
  readonly path: readonly PathSegment[];
  /** For a process step: the business process it is nested under. */
  readonly process?: ModelElement;
}

/** A reference written on an element: one id in a relationship field. */
export interface ElementReference {
  readonly type: RelationshipType;
  readonly spec: RelationshipSpec;
  readonly field: string;
  readonly target: string;
  /** Where the id is in the element's document. */
  readonly path: readonly PathSegment[];
  /** The reference written as a mapping (`{id, inferred, proposedBy}`): the mapping, and where it is. */
  readonly written?: { readonly fields: Readonly<Record<string, unknown>>; readonly path: readonly PathSegment[] };
}

export const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const entriesOf = (v: unknown) => (Array.isArray(v) ? [...v.entries()] : []);

export function collectElements(document: YamlDocument): ModelElement[] {
  if (!isMapping(document.root)) return [];
  const elements: ModelElement[] = [];
  for (const [key, value] of Object.entries(document.root)) {
    const kind = KIND_BY_YAML_KEY.get(key);
    if (!kind) continue;
    for (const [i, fields] of entriesOf(value)) {
      if (!isMapping(fields)) continue;
      const element = elementOf(kind, fields, document, [key, i]);
      elements.push(element);
      if (kind !== 'BusinessProcess') continue;
      for (const [j, step] of entriesOf(fields[STEPS_KEY])) {
        if (isMapping(step)) elements.push(elementOf('ProcessStep', step, document, [key, i, STEPS_KEY, j], element));
      }
    }
  }
  return elements;
}

function elementOf(
  kind: NodeKind,
  fields: Record<string, unknown>,
  document: YamlDocument,
  path: readonly PathSegment[],
  process?: ModelElement,
): ModelElement {
  const id = typeof fields.id === 'string' ? fields.id : undefined;
  return { kind, id, fields, document, path, ...(process ? { process } : {}) };
}

/**
 * Elements are never changed once collected, and half a dozen checks and the build each ask for
 * every element's references: they are worked out once per element (at 100× the shipped model,
 * asking afresh each time was a fifth of the start-up).
 */
const referencesByElement = new WeakMap<ModelElement, readonly ElementReference[]>();

/** The ids an element references, skipping values that are not ids (the shape check reports those). */
export function referencesOf(element: ModelElement): readonly ElementReference[] {
  let references = referencesByElement.get(element);
  if (references === undefined) {
    references = collectReferences(element);
    referencesByElement.set(element, references);
  }
  return references;
}

function collectReferences(element: ModelElement): ElementReference[] {
  return yamlRelationshipsOf(element.kind).flatMap(({ type, spec, yaml }) => {
    const value = element.fields[yaml.field];
    const at = (target: unknown, path: readonly PathSegment[]): ElementReference[] => {
      const base = { type, spec, field: yaml.field };
      if (typeof target === 'string') return [{ ...base, target, path: [...element.path, ...path] }];
      if (!isMapping(target) || typeof target.id !== 'string') return [];
      const written = { fields: target, path: [...element.path, ...path] };
      return [{ ...base, target: target.id, path: [...written.path, 'id'], written }];
    };
    return yaml.cardinality === 'one'
      ? at(value, [yaml.field])
      : entriesOf(value).flatMap(([i, target]) => at(target, [yaml.field, i]));
  });
}

/** The Artefact id a file's `definedBy` names, when it is written as a string. */
export function definedByOf(document: YamlDocument): string | undefined {
  const artefact = isMapping(document.root) ? document.root[DEFINED_BY_KEY] : undefined;
  return typeof artefact === 'string' ? artefact : undefined;
}
