/**
 * GraphQL types read off the zod schemas of src/model/kinds.ts, so that a property is declared
 * once: its type, nullability, enum or nested object come from its schema, its description from
 * `.describe`. A schema this cannot map (an unnamed enum or object, a union, …) throws when the
 * schema is built, which every GraphQL test does: a property cannot silently go missing or change
 * type in the API.
 */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { z } from 'zod';
import { descriptionOf, NAMED_TYPES } from '../model/kinds.js';

/** What a type-graphql type function returns: a scalar, enum object or class, or a list of one. */
type GraphQLTypeValue = Function | object | readonly [Function | object];

export interface GraphQLFieldType {
  readonly type: () => GraphQLTypeValue;
  readonly nullable: boolean;
}

type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema) => schema._zod.def as z.core.$ZodTypeDef & { innerType?: AnySchema; element?: AnySchema };

const nameOf = (schema: AnySchema, what: string) => {
  const meta = NAMED_TYPES.get(schema);
  if (!meta) throw new Error(`${what}: give its enum or object schema a GraphQL name (NAMED_TYPES) in src/model/kinds.ts`);
  return meta;
};

/** `['A', 'B']` → `{ A: 'A', B: 'B' }`, the enum object shape type-graphql registers. */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

const enums = new Map<string, object>();
const objects = new Map<string, Function>();

/** The registered GraphQL enum of a named enumeration schema (registered once per name). */
export function graphqlEnumOf<T extends string>(schema: z.ZodEnum<{ [K in T]: K }>, what = 'enum'): { [K in T]: K } {
  const { name, description } = nameOf(schema, what);
  let registered = enums.get(name);
  if (!registered) {
    registered = enumOf(schema.options as T[]);
    registerEnumType(registered, { name, description });
    enums.set(name, registered);
  }
  return registered as { [K in T]: K };
}

/** Declares `shape`'s properties as GraphQL fields of `target` (a class), in declaration order. */
export function declareFields(target: Function, shape: z.ZodRawShape, owner: string): void {
  for (const [property, schema] of Object.entries(shape)) {
    const what = `${owner}.${property}`;
    const { type, nullable } = graphqlFieldTypeOf(schema, what);
    Field(type, { nullable, description: descriptionOf(schema, what) })(target.prototype as object, property);
  }
}

function objectTypeOf(schema: z.ZodObject, what: string): Function {
  const { name } = nameOf(schema, what);
  let type = objects.get(name);
  if (!type) {
    type = { [name]: class {} }[name]!;
    declareFields(type, schema.shape, name);
    ObjectType(name, { description: descriptionOf(schema, name) })(type);
    objects.set(name, type);
  }
  return type;
}

/** The GraphQL type of a value of `schema` (non-null: optionality is the caller's). */
function valueTypeOf(schema: AnySchema, what: string): Function | object {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return String;
    case 'boolean':
      return Boolean;
    case 'number':
      return (schema as z.ZodNumber).isInt ? Int : Float;
    case 'enum':
      return graphqlEnumOf(schema as z.ZodEnum<Record<string, string>>, what);
    case 'object':
      return objectTypeOf(schema as z.ZodObject, what);
    default:
      throw new Error(`${what}: a ${def.type} property has no GraphQL type yet (src/graphql/model-types.ts)`);
  }
}

/** The field type of a property: `.optional()` is nullable; arrays are lists of non-null values. */
export function graphqlFieldTypeOf(schema: AnySchema, what: string): GraphQLFieldType {
  let inner = schema;
  let nullable = false;
  while (defOf(inner).type === 'optional' || defOf(inner).type === 'nullable') {
    nullable = true;
    inner = defOf(inner).innerType!;
  }
  if (defOf(inner).type === 'array') {
    const element = defOf(inner).element!;
    if (graphqlFieldTypeOf(element, `${what}[]`).nullable) throw new Error(`${what}: list elements must not be optional`);
    const elementType = valueTypeOf(element, `${what}[]`);
    return { type: () => [elementType], nullable };
  }
  const type = valueTypeOf(inner, what);
  return { type: () => type, nullable };
}
