/**
 * The only way a name reaches Cypher text. Values always travel as parameters; labels,
 * relationship types and property keys cannot be parameters (not without losing index use),
 * so they are written literally — but only after checking them against the allowlists derived
 * from the model's declarations (`NODE_KINDS`, `RELATIONSHIP_TYPES`, `KINDS[k].properties`).
 * A name that is not on a list never gets into a query, whatever the caller passed.
 */
import { z } from 'zod';
import { BadInputError } from '../../errors.js';
import { COMMON_PROPERTIES, isNodeKind, KINDS, type NodeKind } from '../../model/kinds.js';
import { isRelationshipType, type RelationshipType } from '../../model/relationships.js';

/** Every element carries this label besides its kind, so lookups by id need not know the kind. */
export const ELEMENT_LABEL = 'Node';
/** The single node recording which model the graph was seeded from. */
export const MODEL_META_LABEL = 'ModelMeta';
/**
 * Node property numbering the seed that wrote the node. A seed writes a whole new generation
 * beside the current one and then switches `:ModelMeta.generation` to it (see seed.ts); every
 * read starts from `CURRENT_GENERATION`, so it sees one generation only.
 */
export const GENERATION = '_generation';
/** The opening of every read statement: `generation`, the generation readers see (no row before the first seed). */
export const CURRENT_GENERATION = `MATCH (current:${MODEL_META_LABEL})
WITH current.generation AS generation`;
/** Node property holding the element's full props as JSON, so reads rebuild them exactly. */
export const PROPS_JSON = '_props';
/** Relationship property holding its provenance and proposal as JSON, so reads rebuild them exactly. */
export const RELATIONSHIP_META_JSON = '_meta';

/** A node kind as a Cypher label, e.g. `Requirement`. Throws unless it is a kind of the model. */
export function labelOf(kind: string): string {
  if (!isNodeKind(kind)) throw new BadInputError(`'${kind}' is not a node kind of the model`);
  return `\`${kind}\``;
}

/** A relationship type as written in a Cypher pattern. Throws unless it is a type of the model. */
export function relationshipTypeOf(type: string): string {
  if (!isRelationshipType(type)) throw new BadInputError(`'${type}' is not a relationship type of the model`);
  return `\`${type}\``;
}

/** `A|B|C` for a pattern matching any of `types`. */
export const relationshipTypesOf = (types: readonly RelationshipType[]): string =>
  types.map(relationshipTypeOf).join('|');

/**
 * Properties a `list` filter can match on `kind`: the element's own props (`name`,
 * `description`, `example` and the kind's declared properties). `id` and `source` are not
 * props a filter compares (`id` is not in props, `source` is nested), so they match nothing —
 * as in the memory store.
 */
const filterablePropertiesOf = (kind: NodeKind): Readonly<Record<string, z.core.$ZodType>> => {
  const { id: _notAProp, source: _nested, ...common } = COMMON_PROPERTIES;
  return { ...common, ...KINDS[kind].properties };
};

/** Whether a declared property holds a list (optional or not). */
export function isListValued(schema: z.core.$ZodType): boolean {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodArray;
}

/**
 * The Cypher predicate "property `key` of `variable` matches the parameter `param`": equality
 * for a scalar, membership for a list. A key `kind` does not declare is written as `false`
 * (it can match no element), so an unknown name never reaches the query text.
 */
export function propertyMatches(kind: NodeKind, key: string, variable: string, param: string): string {
  const declared = filterablePropertiesOf(kind);
  const schema = Object.hasOwn(declared, key) ? declared[key] : undefined;
  if (schema === undefined) return 'false';
  const access = `${variable}.\`${key}\``;
  return isListValued(schema) ? `$${param} IN ${access}` : `${access} = $${param}`;
}

/**
 * The Cypher predicate "`variable` is shown in the design scope `$scope`" (null: every element),
 * over the node properties `proposedBy` / `proposedChange` a proposed element is seeded with —
 * the rule of design-scope.ts `isHiddenIn`, which the contract tests hold both stores to.
 */
export const inScopeCondition = (variable: string): string =>
  `($scope IS NULL OR NOT coalesce((${variable}.proposedChange = 'ADD' AND NOT ${variable}.proposedBy IN $scope) OR (${variable}.proposedChange = 'REMOVE' AND ${variable}.proposedBy IN $scope), false))`;
