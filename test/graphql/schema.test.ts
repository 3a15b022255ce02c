/**
 * The shape of the schema the model tables generate: a type per node kind with its properties,
 * relationship fields at both ends of every relationship, descriptions everywhere.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/schema.js';
import { descriptionOf, KINDS, NODE_KINDS, propertyDescription, statedDateSchema, type PropertyOf } from '../../src/model/kinds.js';
import { RELATIONSHIP_TYPES, RELATIONSHIPS } from '../../src/model/relationships.js';

const schema = buildSchema();
const objectType = (name: string) => schema.getType(name) as GraphQLObjectType;
const fieldOf = (type: string, field: string): GraphQLField<unknown, unknown> => {
  const found = objectType(type).getFields()[field];
  if (!found) throw new Error(`${type}.${field} is missing`);
  return found;
};

describe('schema', () => {
  it('has a type per node kind implementing Node, with every property the kind declares', () => {
    for (const kind of NODE_KINDS) {
      const type = objectType(kind);
      expect(isObjectType(type), kind).toBe(true);
      expect(type.getInterfaces().map((i) => i.name)).toEqual(['Node']);
      expect(type.description).toBe(KINDS[kind].description);
      for (const property of Object.keys(KINDS[kind].properties)) expect(type.getFields(), `${kind}.${property}`).toHaveProperty(property);
    }
  });

  it('describes each property field with the text declared once on the property in kinds.ts', () => {
    for (const kind of NODE_KINDS) {
      for (const property of Object.keys(KINDS[kind].properties) as PropertyOf<typeof kind>[]) {
        expect(fieldOf(kind, property).description, `${kind}.${property}`).toBe(propertyDescription(kind, property));
      }
    }
    // Objects nested in properties: a date as one paper gives it, and its citation.
    expect(objectType('StatedDate').description).toBe(descriptionOf(statedDateSchema, 'StatedDate'));
    for (const [field, declared] of Object.entries(statedDateSchema.shape)) {
      expect(fieldOf('StatedDate', field).description, `StatedDate.${field}`).toBe(descriptionOf(declared, field));
    }
    expect(Object.keys(objectType('Citation').getFields())).toEqual(['paper', 'section']);
  });

  it('has both ends of every relationship, typed by the kinds at the other end', () => {
    for (const type of RELATIONSHIP_TYPES) {
      const spec = RELATIONSHIPS[type];
      const target = spec.to.length === 1 ? spec.to[0] : 'Node';
      const single = spec.yaml !== 'implicit' && spec.yaml.cardinality === 'one';
      expect(String(fieldOf(spec.from, spec.field).type), `${spec.from}.${spec.field}`).toBe(single ? target : `[${target}!]!`);
      for (const kind of spec.to) {
        expect(String(fieldOf(kind, spec.inverseField).type), `${kind}.${spec.inverseField}`).toBe(spec.yaml === 'implicit' ? spec.from : `[${spec.from}!]!`);
      }
    }
    // Spot checks of what the rules give.
    expect(String(fieldOf('Requirement', 'realisedBy').type)).toBe('[Node!]!');
    expect(String(fieldOf('TestCase', 'scenario').type)).toBe('TestScenario');
    expect(String(fieldOf('ProcessStep', 'process').type)).toBe('BusinessProcess');
    expect(String(fieldOf('Role', 'requirements').type)).toBe('[Requirement!]!');
  });

  it('has a lookup and a Relay connection per kind at the root', () => {
    const query = schema.getQueryType()!.getFields();
    expect(String(query.requirement?.type)).toBe('Requirement');
    expect(query.requirements?.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['includeProposed: [ID!]', 'first: Int!', 'after: String', 'search: String', 'where: JSONObject']);
    expect(Object.keys(objectType('RequirementConnection').getFields())).toEqual(['edges', 'pageInfo', 'totalCount']);
    expect(String(query.processSteps?.type)).toBe('ProcessStepConnection!');
    for (const field of ['node', 'impact', 'trace', 'rttm', 'roleView', 'codeTrace']) expect(query).toHaveProperty(field);
  });

  it('describes every type, field, argument and enum value', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      // type-graphql offers no way to describe the root type; its fields are described.
      if (!type.description && type !== schema.getQueryType()) undescribed.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
    }
    // Enum values of property enums are the model's own codes; their type says what they are.
    const propertyEnums = ['ArtefactType', 'CodeBody', 'RoleCategory', 'RequirementCategory', 'TestOutcome', 'RagStatus', 'DecisionOutcome', 'QualificationDocument'];
    expect(undescribed.filter((name) => !propertyEnums.includes(name.split('.')[0] ?? ''))).toEqual([]);
  });

  it('resolves every node field to a declared type', () => {
    for (const kind of NODE_KINDS) {
      for (const field of Object.values(objectType(kind).getFields())) expect(schema.getType(getNamedType(field.type).name)).toBeDefined();
    }
  });
});
