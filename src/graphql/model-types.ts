/**
 * GraphQL types read off the zod schemas of src/model/kinds.ts, so that a property is declared
 * once: its type, nullability, enum or nested object come from its schema, its description from
 * `.describe`. A schema this cannot map (an unnamed enum or object, a union, …) throws when the
 * schema is built, which every GraphQL test does: a property cannot silently go missing or change
 * type in the API.
 */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { z } from 'zod';
import { descriptionOf } from '../model/kinds.js';
import { namedTypeOf, propertyShapeOf, type ValueShape } from '../model/property-shape.js';

/** What a type-graphql type function returns: a scalar, enum object or class, or a list of one. */
type GraphQLTypeValue = Function | object | readonly [Function | object];

export interface GraphQLFieldType {
  readonly type: () => GraphQLTypeValue;
  readonly nullable: boolean;
}

type AnySchema = z.core.$ZodType;

/** `['A', 'B']` → `{ A: 'A', B: 'B' }`, the enum object shape type-graphql registers. */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

const enums = new Map<string, object>();
const objects = new Map<string, Function>();

/** The registered GraphQL enum of a named enumeration schema (registered once per name). */
export function graphqlEnumOf<T extends string>(schema: z.ZodEnum<{ [K in T]: K }>, what = 'enum'): { [K in T]: K } {
  const { name, description } = namedTypeOf(schema, what);
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

function objectTypeOf(name: string, schema: z.ZodObject): Function {
  let type = objects.get(name);
  if (!type) {
    type = { [name]: class {} }[name]!;
    declareFields(type, schema.shape, name);
    ObjectType(name, { description: descriptionOf(schema, name) })(type);
    objects.set(name, type);
  }
  return type;
}

const SCALARS = { string: String, boolean: Boolean, integer: Int, number: Float } as const;

/** The GraphQL type of one value of a property (non-null: optionality is the field's). */
function valueTypeOf(value: ValueShape, what: string): Function | object {
  switch (value.type) {
    case 'enum':
      return graphqlEnumOf(value.schema, what);
    case 'object':
      return objectTypeOf(value.name, value.schema);
    default:
      return SCALARS[value.type];
  }
}

/** The field type of a property: `.optional()` is nullable; arrays are lists of non-null values. */
export function graphqlFieldTypeOf(schema: AnySchema, what: string): GraphQLFieldType {
  const shape = propertyShapeOf(schema, what);
  const type = valueTypeOf(shape.value, what);
  return { type: () => (shape.list ? [type] : type), nullable: shape.optional };
}
