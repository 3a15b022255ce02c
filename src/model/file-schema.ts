/**
 * The shape of a model file, as zod schemas built from the declarations in `kinds.ts` and
 * `relationships.ts` — adding a kind, property or relationship there changes these schemas, the
 * shape check and the editors' JSON Schema together.
 *
 * Ids are plain strings here: their patterns are checked by `checks/id-patterns.ts`, which names
 * the kind and an example in its message. What only editors need (id patterns, the descriptions
 * of ids, references and common fields, the source-or-example rule) is recorded in `editorHelp`
 * and read by `json-schema.ts`; kind properties carry their own descriptions (`kinds.ts`).
 */
import { z } from 'zod';
import type { NodeKind } from './kinds.js';
import { COMMON_PROPERTIES, KINDS, list, MAX_ID_LENGTH, NODE_KINDS, provenanceKeysFor, sourceSchema } from './kinds.js';
import { proposalSchema } from './provenance.js';
import type { RelationshipSpec } from './relationships.js';
import { RELATIONSHIPS, yamlRelationshipsOf } from './relationships.js';

export interface EditorHelp {
  id?: string;
  title?: string;
  description?: string;
  pattern?: string;
  oneOf?: readonly object[];
}

export const editorHelp = z.registry<EditorHelp>();

/** The key under which a business process nests its steps. */
export const STEPS_KEY = 'steps';

/** Exactly one of the kind's provenance keys (`source` / `example` / `inferred` for design), in the form editors understand. */
const provenanceHelp = (kind: NodeKind) => provenanceKeysFor(kind).map((key) => ({ required: [key] }));

editorHelp.add(COMMON_PROPERTIES.name, { description: 'Short name, as the programme papers give it.' });
editorHelp.add(COMMON_PROPERTIES.description, { description: 'Longer description.' });
editorHelp.add(COMMON_PROPERTIES.source, {
  description: 'The seed paper this element is read from (file name) and the heading it was read under. Give this, `example` or `inferred`.',
});
editorHelp.add(COMMON_PROPERTIES.example, {
  description: 'Set instead of `source` when the element is an illustration, not baselined design: say why it exists.',
});
editorHelp.add(COMMON_PROPERTIES.recordedFrom, {
  description: 'On a test result only, instead of `example`: the test report it was imported from, as file:line.',
});
editorHelp.add(COMMON_PROPERTIES.inferred, {
  description: 'Set instead of `source` when no paper states the element but it is a judgement worth keeping: give the reason (e.g. "from the consecutive numbering").',
});

const idOf = (kind: NodeKind) =>
  z.string().max(MAX_ID_LENGTH).register(editorHelp, {
    pattern: KINDS[kind].idPattern.source,
    description: `Unique id of the ${kind} across the whole model, e.g. ${KINDS[kind].idExample}.`,
  });

/**
 * A reference written as a mapping, to give the relationship a provenance of its own or mark it
 * as proposed: `{id: IF-021, inferred: "from the CR title"}`. At most one of source / example /
 * inferred (checks/provenance.ts); without one the relationship inherits its element's.
 */
export const referenceObjectSchema = z
  .strictObject({
    id: z.string().register(editorHelp, { description: 'Id of the element referred to.' }),
    source: sourceSchema.optional().register(editorHelp, { description: 'The paper that states this relationship.' }),
    example: z.string().min(1).optional().register(editorHelp, { description: 'This relationship is an illustration: why it exists.' }),
    inferred: z.string().min(1).optional().register(editorHelp, { description: 'This relationship is a judgement no paper states: the reason.' }),
    proposedBy: proposalSchema.optional(),
  })
  .register(editorHelp, {
    description: "A reference with its own provenance or proposal; otherwise the relationship inherits its element's.",
  });

const referenceTo = (spec: RelationshipSpec, cardinality: 'one' | 'many') => {
  const targets = spec.to.length > 3 ? 'an element' : spec.to.join(' or ');
  const reference = z.union([z.string(), referenceObjectSchema]);
  const schema = cardinality === 'one' ? reference : list(reference);
  const ids = cardinality === 'one' ? `Id of ${targets}` : `Ids of ${targets} elements`;
  const form = cardinality === 'one' ? 'an id, or {id, source|example|inferred, proposedBy}' : 'each an id, or {id, source|example|inferred, proposedBy}';
  return schema.register(editorHelp, { description: `${ids} (${form}): ${spec.description}` }).optional();
};

type ElementSchema = z.ZodObject<z.ZodRawShape, z.core.$strict>;

const elementSchema = (kind: NodeKind, extra: z.ZodRawShape = {}): ElementSchema => {
  const references = Object.fromEntries(
    yamlRelationshipsOf(kind).map(({ spec, yaml }) => [yaml.field, referenceTo(spec, yaml.cardinality)]),
  );
  return z
    .strictObject({ ...COMMON_PROPERTIES, id: idOf(kind), ...KINDS[kind].properties, ...references, ...extra })
    .register(editorHelp, { id: kind, title: kind, description: KINDS[kind].description, oneOf: provenanceHelp(kind) });
};

const processStepSchema = elementSchema('ProcessStep');

/** The schema of one element of each kind, as written in a model file. */
export const ELEMENT_SCHEMAS = Object.fromEntries(
  NODE_KINDS.map((kind) => [
    kind,
    kind === 'ProcessStep'
      ? processStepSchema
      : elementSchema(
          kind,
          kind === 'BusinessProcess'
            ? {
                [STEPS_KEY]: list(processStepSchema)
                  .register(editorHelp, { description: `${RELATIONSHIPS.HAS_STEP.description} (ProcessStep elements).` })
                  .optional(),
              }
            : {},
        ),
  ]),
) as Record<NodeKind, ElementSchema>;

/** The kinds that have a top-level key in model files, by that key. */
export const KIND_BY_YAML_KEY: ReadonlyMap<string, NodeKind> = new Map(
  NODE_KINDS.flatMap((kind) => {
    const key = KINDS[kind].yamlKey;
    return key === null ? [] : [[key, kind] as const];
  }),
);

/** The key naming the Artefact that defines every element of a file. */
export const DEFINED_BY_KEY = 'definedBy';

export const modelFileSchema = z
  .strictObject({
    [DEFINED_BY_KEY]: z
      .string()
      .register(editorHelp, {
        pattern: KINDS.Artefact.idPattern.source,
        description: `Id of the Artefact that defines every element of this file. ${RELATIONSHIPS.DEFINES.description}`,
      })
      .optional(),
    ...Object.fromEntries(
      [...KIND_BY_YAML_KEY].map(([key, kind]) => [
        key,
        z.array(ELEMENT_SCHEMAS[kind]).register(editorHelp, { description: `${kind} elements.` }).optional(),
      ]),
    ),
  })
  .register(editorHelp, {
    title: 'MHHS design model file',
    description: 'One file of the MHHS design model: the elements one design artefact defines. See model/README.md.',
  });

/**
 * The top level of a model file with its elements left for their own schemas, and a business
 * process with its steps left for theirs: the shape check validates one element at a time, so
 * that the problems of a hostile file are collected by us, not nested through zod's (which
 * spreads every issue of a value into its parent's list, and overflows the call stack on a few
 * hundred thousand).
 */
export const modelFileOutline = z.strictObject({
  [DEFINED_BY_KEY]: modelFileSchema.shape[DEFINED_BY_KEY],
  ...Object.fromEntries([...KIND_BY_YAML_KEY.keys()].map((key) => [key, z.array(z.unknown()).optional()])),
});
export const businessProcessOutline = ELEMENT_SCHEMAS.BusinessProcess.extend({ [STEPS_KEY]: list(z.unknown()).optional() });
