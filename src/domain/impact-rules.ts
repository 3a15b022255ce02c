/**
 * How a change propagates through the design: one table of data, derived from the `impact` of
 * each relationship in RELATIONSHIPS (the single declaration of the metamodel).
 *
 *   FORWARD  — a change of the `from` element impacts the `to` element: the walk follows it OUT;
 *   BACKWARD — a change of the `to` element impacts the `from` element: the walk follows it IN;
 *   BOTH     — a change of either end impacts the other: the walk follows it both ways;
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
import { hopKey } from '../store/hop-key.js';
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

/** The directions the impact walk follows a relationship in, for each `impact` it can declare. */
const FOLLOW: Readonly<Record<ImpactDirection, readonly Direction[]>> = { FORWARD: ['OUT'], BACKWARD: ['IN'], BOTH: ['OUT', 'IN'], NONE: [] };

/** The rules a relationship declared as `spec` gives: one per direction its impact travels in. */
export const propagationRulesOf = (type: RelationshipType, spec: RelationshipSpec): PropagationRule[] =>
  FOLLOW[spec.impact].map((follow) =>
    follow === 'OUT' ? { type, follow, changed: [spec.from], impacted: spec.to } : { type, follow, changed: spec.to, impacted: [spec.from] },
  );

export const PROPAGATION_RULES: readonly PropagationRule[] = RELATIONSHIP_TYPES.flatMap((type) => propagationRulesOf(type, RELATIONSHIPS[type]));

/** For each kind, the hops a change of an element of that kind travels along (none for sinks such as Role). */
const hopsOf = (rules: readonly PropagationRule[], kind: NodeKind): Hop[] =>
  rules.filter((rule) => rule.changed.includes(kind)).map(({ type, follow }) => ({ type, direction: follow }));

const HOPS_BY_KIND = new Map<NodeKind, readonly Hop[]>(NODE_KINDS.map((kind) => [kind, hopsOf(PROPAGATION_RULES, kind)]));

export const impactHopsFrom = (kind: NodeKind): readonly Hop[] => HOPS_BY_KIND.get(kind) ?? [];

/**
 * The rules a changed element's own change travels along besides the PROPAGATION_RULES: from
 * each relationship's `impactWhenChanged` (a changed Role impacts the requirements that apply
 * to it, the interfaces it sends and receives and the steps it performs; a changed Artefact what
 * it defines; a changed CodeClause the requirements it codifies; …). Only from the start of the
 * walk: a change merely reaching a role does not spread to everything the role touches.
 */
export const CHANGED_ELEMENT_RULES: readonly PropagationRule[] = RELATIONSHIP_TYPES.flatMap((type) => {
  const spec: RelationshipSpec = RELATIONSHIPS[type];
  return spec.impactWhenChanged ? propagationRulesOf(type, { ...spec, impact: spec.impactWhenChanged }) : [];
});

const CHANGED_HOPS_BY_KIND = new Map<NodeKind, readonly Hop[]>(
  NODE_KINDS.map((kind) => {
    const hops = [...impactHopsFrom(kind), ...hopsOf(CHANGED_ELEMENT_RULES, kind)];
    return [kind, [...new Map(hops.map((hop) => [hopKey(hop), hop])).values()]];
  }),
);

/** The hops the change of a changed element (a start of the impact walk) of `kind` travels along. */
export const changedElementHopsFrom = (kind: NodeKind): readonly Hop[] => CHANGED_HOPS_BY_KIND.get(kind) ?? [];
