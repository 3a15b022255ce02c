/**
 * Measuring an operation's selections through its fragments, for the limits. Each limit turns a
 * field into a number from its children's; a fragment is measured once and reused at every
 * spread: a document that spreads fragments into each other many times would otherwise cost
 * exponential time to measure — the very abuse the limits exist to stop.
 */
import {
  getNamedType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * `__schema` and `__type`: the schema introspection fields, on the query root only. They count
 * like any other field in every limit — a thousand aliases of `__schema` are a thousand copies
 * of the schema — and an operation may hold one of them (max-introspections.ts).
 */
export const isSchemaIntrospection = (node: FieldNode): boolean => node.name.value === '__schema' || node.name.value === '__type';

/** The definition of `name` on `parent`, the meta-fields (`__typename`, `__schema`, `__type`) included. */
function definitionOf(schema: GraphQLSchema, parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent && parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
}

export interface FieldVisit {
  readonly node: FieldNode;
  /** The type the field is selected on, when the schema knows it. */
  readonly parent: GraphQLNamedType | undefined;
  /** The field's definition, when the schema has it (validation reports it otherwise). */
  readonly definition: GraphQLField<unknown, unknown> | undefined;
}

export type OperationMeasure = (operation: OperationDefinitionNode) => number;

/** `combine` for a measure that adds up over sibling selections (cost, aliases). */
export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const rootTypeOf = (schema: GraphQLSchema, operation: OperationDefinitionNode) =>
  (operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()) ??
  undefined;

/**
 * Folds an operation into a number: `field` gets each field with its children's value, `combine` merges the values of sibling selections. A fragment cycle
 * (graphql-js's own NoFragmentCyclesRule reports it, beside the limits) counts as 0.
 */
export function foldSelections(
  schema: GraphQLSchema,
  document: DocumentNode,
  field: (visit: FieldVisit, children: number) => number,
  combine: (values: readonly number[]) => number,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const measured = new Map<string, number>();
  const visiting = new Set<string>();

  const ofSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number =>
    combine(
      set.selections.map((selection) => {
        switch (selection.kind) {
          case Kind.FIELD: {
            const definition = definitionOf(schema, parent, selection.name.value);
            const children = selection.selectionSet ? ofSet(selection.selectionSet, definition && getNamedType(definition.type)) : 0;
            return field({ node: selection, parent, definition }, children);
          }
          case Kind.INLINE_FRAGMENT:
            return ofSet(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent);
          case Kind.FRAGMENT_SPREAD:
            return ofFragment(selection.name.value);
        }
      }),
    );

  const ofFragment = (name: string): number => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const value = ofSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
    visiting.delete(name);
    measured.set(name, value);
    return value;
  };

  return (operation) => ofSet(operation.selectionSet, rootTypeOf(schema, operation));
}
