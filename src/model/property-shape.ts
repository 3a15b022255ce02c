/**
 * What a property's zod schema (src/model/kinds.ts) says about its values, read once for every
 * consumer: the GraphQL field types, the generated docs tables and the graph schema version. A
 * schema this cannot read (a union, an unnamed enum or object, …) throws, naming the property.
 */
import type { z } from 'zod';
import { NAMED_TYPES } from './kinds.js';

type AnySchema = z.core.$ZodType;

export type ValueShape =
  | { readonly type: 'string' | 'boolean' | 'integer' | 'number' }
  | { readonly type: 'enum'; readonly name: string; readonly description: string | undefined; readonly schema: z.ZodEnum<Record<string, string>> }
  | { readonly type: 'object'; readonly name: string; readonly schema: z.ZodObject };

export interface PropertyShape {
  /** `.optional()`: an element may leave it out (a nullable GraphQL field). */
  readonly optional: boolean;
  /** A list of values (never of optional ones). */
  readonly list: boolean;
  readonly value: ValueShape;
}

const defOf = (schema: AnySchema) => schema._zod.def as z.core.$ZodTypeDef & { innerType?: AnySchema; element?: AnySchema };

/** The GraphQL name (and, for an enum, description) a value type is registered under in NAMED_TYPES. */
export function namedTypeOf(schema: AnySchema, what: string) {
  const meta = NAMED_TYPES.get(schema);
  if (!meta) throw new Error(`${what}: give its enum or object schema a GraphQL name (NAMED_TYPES) in src/model/kinds.ts`);
  return meta;
}

function valueShapeOf(schema: AnySchema, what: string): ValueShape {
  const { type } = defOf(schema);
  switch (type) {
    case 'string':
    case 'boolean':
      return { type };
    case 'number':
      return { type: (schema as z.ZodNumber).isInt ? 'integer' : 'number' };
    case 'enum': {
      const { name, description } = namedTypeOf(schema, what);
      return { type: 'enum', name, description, schema: schema as z.ZodEnum<Record<string, string>> };
    }
    case 'object':
      return { type: 'object', name: namedTypeOf(schema, what).name, schema: schema as z.ZodObject };
    default:
      throw new Error(`${what}: a ${type} property has no GraphQL type yet (src/model/property-shape.ts)`);
  }
}

const unwrapOptional = (schema: AnySchema): { inner: AnySchema; optional: boolean } => {
  let inner = schema;
  let optional = false;
  while (defOf(inner).type === 'optional' || defOf(inner).type === 'nullable') {
    optional = true;
    inner = defOf(inner).innerType!;
  }
  return { inner, optional };
};

/** The shape of the property `what` (`Kind.property`, for errors) declared as `schema`. */
export function propertyShapeOf(schema: AnySchema, what: string): PropertyShape {
  const { inner, optional } = unwrapOptional(schema);
  if (defOf(inner).type !== 'array') return { optional, list: false, value: valueShapeOf(inner, what) };
  const element = unwrapOptional(defOf(inner).element!);
  if (element.optional) throw new Error(`${what}: list elements must not be optional`);
  return { optional, list: true, value: valueShapeOf(element.inner, `${what}[]`) };
}
