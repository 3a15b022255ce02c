/**
 * How a change propagates through the design: one table of data, derived from the `impact` of
 * each relationship in RELATIONSHIPS (the single declaration of the metamodel).
 *
 *   FORWARD  — a change of the `from` element impacts the `to` element: the walk follows it OUT;
 *   BACKWARD — a change of the `to` element impacts the `from` element: the walk follows it IN;
 *   NONE     — the relationship carries no impact and is not followed.
 *
 * docs/queries.md renders this table; a test keeps the two in step.
 */
import { NODE_KINDS, type NodeKind } from '../model/kinds.js';
import {
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type ImpactDirection,
  type RelationshipSpec,
  type RelationshipType,
} from '../model/relationships.js';
import type { Direction, Hop } from '../store/port.js';

export interface PropagationRule {
  readonly type: RelationshipType;
  /** The direction the impact walk follows the relationship in. */
  readonly follow: Direction;
  /** Kinds whose change travels along the rule … */
  readonly changed: readonly NodeKind[];
  /** … and the kinds it impacts. */
  readonly impacted: readonly NodeKind[];
}

const FOLLOW: Readonly<Record<ImpactDirection, Direction | null>> = { FORWARD: 'OUT', BACKWARD: 'IN', NONE: null };

export const PROPAGATION_RULES: readonly PropagationRule[] = RELATIONSHIP_TYPES.flatMap((type): PropagationRule[] => {
  const spec: RelationshipSpec = RELATIONSHIPS[type];
  const follow = FOLLOW[spec.impact];
  if (follow === null) return [];
  return follow === 'OUT'
    ? [{ type, follow, changed: [spec.from], impacted: spec.to }]
    : [{ type, follow, changed: spec.to, impacted: [spec.from] }];
});

/** For each kind, the hops a change of an element of that kind travels along (none for sinks such as Role). */
const HOPS_BY_KIND = new Map<NodeKind, readonly Hop[]>(
  NODE_KINDS.map((kind) => [
    kind,
    PROPAGATION_RULES.filter((rule) => rule.changed.includes(kind)).map(({ type, follow }) => ({ type, direction: follow })),
  ]),
);

export const impactHopsFrom = (kind: NodeKind): readonly Hop[] => HOPS_BY_KIND.get(kind) ?? [];
