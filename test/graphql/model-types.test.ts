/**
 * Property fields are read off the zod schemas of kinds.ts: type, nullability and list-ness come
 * from the schema, and a schema the API cannot type fails loudly instead of going missing.
 */
import 'reflect-metadata';
import { Float, Int } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graphqlEnumOf, graphqlFieldTypeOf } from '../../src/graphql/model-types.js';
import { codeBodySchema } from '../../src/model/kinds.js';

const fieldType = (schema: z.core.$ZodType) => {
  const { type, nullable } = graphqlFieldTypeOf(schema, 'Test.property');
  return { type: type(), nullable };
};

describe('GraphQL field types from property schemas', () => {
  it('types strings, integers, decimals and booleans, required unless optional', () => {
    expect(fieldType(z.string().min(1))).toEqual({ type: String, nullable: false });
    expect(fieldType(z.string().regex(/^\d{4}$/).optional().describe('A year.'))).toEqual({ type: String, nullable: true });
    expect(fieldType(z.number().int().min(1).max(4).optional())).toEqual({ type: Int, nullable: true });
    expect(fieldType(z.number().nonnegative())).toEqual({ type: Float, nullable: false });
    expect(fieldType(z.boolean())).toEqual({ type: Boolean, nullable: false });
  });

  it('types a list as a list of non-null elements', () => {
    expect(fieldType(z.array(z.string()).optional())).toEqual({ type: [String], nullable: true });
  });

  it('types a named enumeration as its one registered GraphQL enum, however the property wraps it', () => {
    const codeBody = graphqlEnumOf(codeBodySchema);
    expect(codeBody).toEqual({ BSC: 'BSC', REC: 'REC', SEC: 'SEC' });
    expect(fieldType(codeBodySchema.describe('The code.'))).toEqual({ type: codeBody, nullable: false });
    expect(fieldType(z.array(codeBodySchema).optional()).type).toEqual([codeBody]);
    expect((fieldType(z.array(codeBodySchema)).type as object[])[0]).toBe(codeBody);
  });

  it('refuses an enumeration or object with no GraphQL name, naming the property', () => {
    expect(() => graphqlFieldTypeOf(z.enum(['A', 'B']), 'Role.colour')).toThrow(/Role\.colour: give its enum or object schema a GraphQL name/);
    expect(() => graphqlFieldTypeOf(z.strictObject({ a: z.string() }), 'TestPhase.window')).toThrow(/TestPhase\.window/);
  });

  it('refuses what it cannot type rather than dropping the property', () => {
    expect(() => graphqlFieldTypeOf(z.union([z.string(), z.number()]), 'Artefact.version')).toThrow(/Artefact\.version: a union property/);
    expect(() => graphqlFieldTypeOf(z.array(z.string().optional()), 'TestCase.steps')).toThrow(/list elements must not be optional/);
  });
});
