/**
 * The relationship fields a GraphQL selection asks for below a relationship field, as hop trees
 * (port.ts): what the neighbours loader fetches in one `expand` call with the field itself, so
 * that a bounded selection — every level below a root lookup or list — is one round-trip.
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

/** Per field of a (cached, parsed) document and relationship it resolves: the trees below it. */
const cache = new WeakMap<FieldNode, Map<string, HopTree[]>>();

/** The hop trees below `field`, resolved as `info` says (computed once per field of the document). */
export function hopTreesBelow(field: RelationshipField, info: GraphQLResolveInfo): HopTree[] {
  const [node] = info.fieldNodes;
  if (!node) return [];
  const byHop = cache.get(node) ?? new Map<string, HopTree[]>();
  cache.set(node, byHop);
  let trees = byHop.get(hopKey(field));
  if (!trees) {
    trees = mergedTrees(info.fieldNodes.flatMap((f) => treesOf(f.selectionSet, targetsOf(field), info.fragments)));
    byHop.set(hopKey(field), trees);
  }
  return trees;
}
