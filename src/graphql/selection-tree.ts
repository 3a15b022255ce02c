/**
 * The relationship fields a GraphQL selection asks for below a field, as hop trees (port.ts):
 * what a root lookup or list fetches in the same store call as its elements (`expandNodes`,
 * `expandList`), and a relationship field not covered by them in one `expand` call with the
 * field itself — so that a bounded selection, its root and every level below, is one round-trip.
 *
 * Read from the query document: fields, inline fragments and fragment spreads, a type condition
 * narrowing the kinds (`... on Interface`) and `Node` or none keeping them all. `@skip` and
 * `@include` are not evaluated: a skipped field is fetched and not shown, never the reverse.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { isNodeKind, type NodeKind } from '../model/kinds.js';
import { RELATIONSHIPS } from '../model/relationships.js';
import { hopKey } from '../store/hop-key.js';
import type { HopTree } from '../store/port.js';
import { relationshipFieldsOf, type RelationshipField } from './relationship-fields.js';

/** The kinds at the other end of a relationship field. */
export const targetsOf = (field: RelationshipField): readonly NodeKind[] =>
  field.direction === 'IN' ? [RELATIONSHIPS[field.type].from] : RELATIONSHIPS[field.type].to;

/** Trees with the same hop as one tree whose `then` is the merge of theirs. */
export function mergedTrees(trees: readonly HopTree[]): HopTree[] {
  const byHop = new Map<string, { hop: HopTree['hop']; then: HopTree[] }>();
  for (const tree of trees) {
    const key = hopKey(tree.hop);
    const known = byHop.get(key);
    if (known) known.then.push(...tree.then);
    else byHop.set(key, { hop: tree.hop, then: [...tree.then] });
  }
  return [...byHop.values()].map(({ hop, then }) => ({ hop, then: mergedTrees(then) }));
}

function treesOf(selectionSet: SelectionSetNode | undefined, kinds: readonly NodeKind[], fragments: Readonly<Record<string, FragmentDefinitionNode>>): HopTree[] {
  if (!selectionSet) return [];
  const narrowed = (typeName: string | undefined) => (typeName && isNodeKind(typeName) ? kinds.filter((k) => k === typeName) : kinds);
  const trees: HopTree[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'InlineFragment') trees.push(...treesOf(selection.selectionSet, narrowed(selection.typeCondition?.name.value), fragments));
    else if (selection.kind === 'FragmentSpread') {
      const fragment = fragments[selection.name.value];
      if (fragment) trees.push(...treesOf(fragment.selectionSet, narrowed(fragment.typeCondition.name.value), fragments));
    } else {
      for (const kind of kinds) {
        const field = relationshipFieldsOf(kind).find((f) => f.name === selection.name.value);
        if (field) trees.push({ hop: { type: field.type, direction: field.direction }, then: treesOf(selection.selectionSet, targetsOf(field), fragments) });
      }
    }
  }
  return mergedTrees(trees);
}

/** The selection sets of the fields named `name` in `selectionSet`, fragments included. */
function fieldSelections(selectionSet: SelectionSetNode | undefined, name: string, fragments: Readonly<Record<string, FragmentDefinitionNode>>): SelectionSetNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === 'InlineFragment') return fieldSelections(selection.selectionSet, name, fragments);
    if (selection.kind === 'FragmentSpread') return fieldSelections(fragments[selection.name.value]?.selectionSet, name, fragments);
    return selection.name.value === name && selection.selectionSet ? [selection.selectionSet] : [];
  });
}

/** Per field of a (cached, parsed) document and what it resolves (a hop, a lookup, a list): the trees below it. */
const cache = new WeakMap<FieldNode, Map<string, HopTree[]>>();

/** The trees `compute` finds below the field `info` resolves, computed once per field of the document and `key`. */
function cachedTrees(info: GraphQLResolveInfo, key: string, compute: (selectionSet: SelectionSetNode | undefined) => HopTree[]): HopTree[] {
  const [node] = info.fieldNodes;
  if (!node) return [];
  const byKey = cache.get(node) ?? new Map<string, HopTree[]>();
  cache.set(node, byKey);
  let trees = byKey.get(key);
  if (!trees) {
    trees = mergedTrees(info.fieldNodes.flatMap((f) => compute(f.selectionSet)));
    byKey.set(key, trees);
  }
  return trees;
}

/** The hop trees below the relationship `field`, resolved as `info` says. */
export const hopTreesBelow = (field: RelationshipField, info: GraphQLResolveInfo): HopTree[] =>
  cachedTrees(info, hopKey(field), (selectionSet) => treesOf(selectionSet, targetsOf(field), info.fragments));

/** The hop trees a lookup of an element of one of `kinds` selects on it. */
export const hopTreesOfLookup = (kinds: readonly NodeKind[], info: GraphQLResolveInfo): HopTree[] =>
  cachedTrees(info, `lookup ${kinds.join(' ')}`, (selectionSet) => treesOf(selectionSet, kinds, info.fragments));

/** The hop trees a connection of `kind` elements selects on each of them (`edges { node { … } }`). */
export const hopTreesOfConnection = (kind: NodeKind, info: GraphQLResolveInfo): HopTree[] =>
  cachedTrees(info, `connection ${kind}`, (selectionSet) =>
    fieldSelections(selectionSet, 'edges', info.fragments).flatMap((edges) =>
      fieldSelections(edges, 'node', info.fragments).flatMap((node) => treesOf(node, [kind], info.fragments)),
    ),
  );
