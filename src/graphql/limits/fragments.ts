/**
 * Walking an operation's selections through its fragments, for the static limits. Each limit
 * computes a value per selection set, and a fragment's value once (memoised): a document that
 * spreads fragments into each other many times would otherwise cost exponential time to measure
 * — the very abuse the limits exist to stop.
 */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

export const fragmentsOf = (document: DocumentNode): Fragments =>
  new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));

/** Introspection (`__schema`, `__type`, `__typename`) is bounded by the schema, so no limit counts it. */
export const isIntrospection = (fieldName: string): boolean => fieldName.startsWith('__');

/**
 * Folds a selection set into a number: `field` gets each (non-introspection) field and its
 * children's value, `combine` merges the values of sibling selections. Fragment cycles (reported
 * by graphql-js's own NoFragmentCyclesRule, which runs beside the limits) count as 0.
 */
export function foldSelections(
  document: DocumentNode,
  field: (alias: boolean, children: number) => number,
  combine: (values: readonly number[]) => number,
): (set: SelectionSetNode) => number {
  const fragments = fragmentsOf(document);
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  const ofSet = (set: SelectionSetNode): number =>
    combine(
      set.selections.map((selection) => {
        switch (selection.kind) {
          case Kind.FIELD:
            if (isIntrospection(selection.name.value)) return 0;
            return field(selection.alias !== undefined, selection.selectionSet ? ofSet(selection.selectionSet) : 0);
          case Kind.INLINE_FRAGMENT:
            return ofSet(selection.selectionSet);
          case Kind.FRAGMENT_SPREAD:
            return ofFragment(selection.name.value);
        }
      }),
    );

  const ofFragment = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const value = ofSet(fragment.selectionSet);
    visiting.delete(name);
    memo.set(name, value);
    return value;
  };

  return ofSet;
}
