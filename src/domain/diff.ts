/**
 * The difference between two versions of the design model: elements added, removed and changed
 * (property by property), relationships added, removed and changed (their own provenance or
 * proposal), grouped by kind and by relationship
 * type. Elements are matched by id and compared by content — where an element is written (file,
 * order, comments, line breaks in text) is no change, so moving or renaming a file is none.
 * Whitespace in values is compared as the fingerprint compares it (src/model/fingerprint.ts).
 */
import { canonicalJson } from '../model/canonical-json.js';
import type { DesignModel, ModelEdge, ModelNode, NodeProps, PropertyValue } from '../model/design-model.js';
import { normalised } from '../model/fingerprint.js';
import { NODE_KINDS } from '../model/kinds.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/relationships.js';
import { byCodeUnits, byId } from '../store/order.js';
import type { GraphNode } from '../store/port.js';
import type {
  ElementChange,
  FieldChange,
  KindDiff,
  ModelDiff,
  ModelVersion,
  Relationship,
  RelationshipChange,
  RelationshipTypeDiff,
} from './results.js';

const graphNode = ({ id, kind, props }: ModelNode): GraphNode => ({ id, kind, props });

const same = (a: PropertyValue | undefined, b: PropertyValue | undefined): boolean =>
  canonicalJson(normalised(a) ?? null) === canonicalJson(normalised(b) ?? null);

/** The properties that differ between two property maps, by name. */
function propertyChanges(old: NodeProps, now: NodeProps): FieldChange[] {
  const names = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort(byCodeUnits);
  return names.flatMap((field) => (same(old[field], now[field]) ? [] : [{ field, old: old[field] ?? null, new: now[field] ?? null }]));
}

/** The properties (and the kind, if it changed) that differ between two versions of an element, by name. */
export function fieldChanges(old: Pick<GraphNode, 'kind' | 'props'>, now: Pick<GraphNode, 'kind' | 'props'>): FieldChange[] {
  const kind: FieldChange[] = old.kind === now.kind ? [] : [{ field: 'kind', old: old.kind, new: now.kind }];
  return [...kind, ...propertyChanges(old.props, now.props)];
}

const edgeKey = ({ type, from, to }: Relationship) => `${type}\0${from}\0${to}`;
const byEnds = (a: Relationship, b: Relationship) => byCodeUnits(a.from, b.from) || byCodeUnits(a.to, b.to);

/** What a relationship says of itself, beside its ends: its own provenance (none when inherited) and proposal. */
const metadataOf = (edge: ModelEdge): NodeProps => {
  const { inherited, ...provenance } = edge.provenance;
  return {
    ...(inherited ? {} : { provenance: provenance as PropertyValue }),
    ...(edge.proposedBy ? { proposedBy: edge.proposedBy as PropertyValue } : {}),
  } as NodeProps;
};

function relationshipDiffs(old: DesignModel, now: DesignModel): RelationshipTypeDiff[] {
  const oldByKey = new Map(old.edges.map((e) => [edgeKey(e), e]));
  const newKeys = new Set(now.edges.map(edgeKey));
  const plain = ({ type, from, to }: Relationship): Relationship => ({ type, from, to });
  const added = now.edges.filter((e) => !oldByKey.has(edgeKey(e))).map(plain);
  const removed = old.edges.filter((e) => !newKeys.has(edgeKey(e))).map(plain);
  const changed: RelationshipChange[] = now.edges.flatMap((e) => {
    const before = oldByKey.get(edgeKey(e));
    const fields = before ? propertyChanges(metadataOf(before), metadataOf(e)) : [];
    return fields.length > 0 ? [{ ...plain(e), fields }] : [];
  });
  const ofType = <R extends Relationship>(list: readonly R[], type: RelationshipType) => list.filter((e) => e.type === type).sort(byEnds);
  return RELATIONSHIP_TYPES.map((type) => ({
    type,
    added: ofType(added, type),
    removed: ofType(removed, type),
    changed: ofType(changed, type),
  })).filter((d) => d.added.length + d.removed.length + d.changed.length > 0);
}

function kindDiffs(old: DesignModel, now: DesignModel): KindDiff[] {
  const oldById = new Map(old.nodes.map((n) => [n.id, n]));
  const newById = new Map(now.nodes.map((n) => [n.id, n]));
  const added = now.nodes.filter((n) => !oldById.has(n.id)).map(graphNode);
  const removed = old.nodes.filter((n) => !newById.has(n.id)).map(graphNode);
  const changed: ElementChange[] = now.nodes.flatMap((n) => {
    const before = oldById.get(n.id);
    const fields = before ? fieldChanges(before, n) : [];
    return fields.length > 0 ? [{ node: graphNode(n), fields }] : [];
  });
  return NODE_KINDS.map((kind) => ({
    kind,
    added: added.filter((n) => n.kind === kind).sort(byId),
    removed: removed.filter((n) => n.kind === kind).sort(byId),
    changed: changed.filter((c) => c.node.kind === kind).sort((a, b) => byId(a.node, b.node)),
  })).filter((d) => d.added.length + d.removed.length + d.changed.length > 0);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function diffModels(old: DesignModel, now: DesignModel, versions: { from: ModelVersion; to: ModelVersion }): ModelDiff {
  const byKind = kindDiffs(old, now);
  const relationships = relationshipDiffs(old, now);
  return {
    ...versions,
    byKind,
    relationships,
    totals: {
      elementsAdded: sum(byKind.map((d) => d.added.length)),
      elementsRemoved: sum(byKind.map((d) => d.removed.length)),
      elementsChanged: sum(byKind.map((d) => d.changed.length)),
      relationshipsAdded: sum(relationships.map((d) => d.added.length)),
      relationshipsRemoved: sum(relationships.map((d) => d.removed.length)),
      relationshipsChanged: sum(relationships.map((d) => d.changed.length)),
    },
  };
}
