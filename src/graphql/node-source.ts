/**
 * How a store node is handed to GraphQL: its properties flattened beside the common fields, so
 * that the default field resolvers read them, plus the computed provenance fields of `Node`.
 */
import type { NodeKind } from '../model/kinds.js';
import { fingerprintOf } from '../model/fingerprint.js';
import { PAPERS } from '../model/papers.js';
import type { EdgeProvenance, ProposalChange, Proposal as ModelProposal, ProvenanceState } from '../model/provenance.js';
import { BASELINE, type DesignScope } from '../store/design-scope.js';
import type { GraphNode } from '../store/port.js';

/**
 * The design scope a source was read in, carried (under a symbol, invisible to GraphQL) by every
 * object handed to a resolver, so that nested fields — relationships, path elements — read the
 * same design as the root field that asked for it.
 */
export const SCOPE = Symbol('design scope');

/** The scope `source` was read in; the baselined design when it carries none. */
export const scopeOf = (source: object): DesignScope => (source as { [SCOPE]?: DesignScope })[SCOPE] ?? BASELINE;

export interface ProvenanceSource {
  readonly paper: string;
  readonly paperTitle: string;
  readonly section: string;
}

/** A proposal as the `Proposal` type resolves it. */
export interface ProposalSource {
  readonly changeRequest: string;
  readonly change: ProposalChange;
  readonly note: string | null;
}

/** A relationship's provenance as the `RelationshipProvenance` type resolves it. */
export interface RelationshipProvenanceSource {
  readonly state: ProvenanceState;
  readonly source: ProvenanceSource | null;
  readonly note: string | null;
  readonly inherited: boolean;
}

export const toProposal = (proposal: ModelProposal | undefined): ProposalSource | null =>
  proposal ? { changeRequest: proposal.cr, change: proposal.change, note: proposal.note ?? null } : null;

export function toRelationshipProvenance(provenance: EdgeProvenance): RelationshipProvenanceSource {
  const { state, inherited } = provenance;
  if (provenance.state === 'SOURCE') {
    const { paper, section } = provenance.source;
    return { state, inherited, source: { paper, paperTitle: PAPERS[paper], section }, note: null };
  }
  return { state, inherited, source: null, note: provenance.note };
}

export interface NodeSource {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly description: string | null;
  readonly provenance: ProvenanceSource | null;
  readonly provenanceState: ProvenanceState;
  readonly isExample: boolean;
  readonly exampleNote: string | null;
  readonly fingerprint: string;
  readonly inferredReason: string | null;
  readonly proposedBy: ProposalSource | null;
  readonly [property: string]: unknown;
}

export function toNodeSource(node: GraphNode, scope: DesignScope = BASELINE): NodeSource {
  const { source, example, inferred, proposedBy, description, ...properties } = node.props;
  return {
    [SCOPE]: scope,
    ...properties,
    id: node.id,
    kind: node.kind,
    description: description ?? null,
    provenance: source ? { paper: source.paper, paperTitle: PAPERS[source.paper], section: source.section } : null,
    provenanceState: source ? 'SOURCE' : example !== undefined ? 'EXAMPLE' : properties.recordedFrom !== undefined ? 'RECORDED' : 'INFERRED',
    isExample: example !== undefined,
    exampleNote: example ?? null,
    // Computed when read: hashing the canonical properties is most of what rendering an element
    // costs, and few queries ask for it.
    get fingerprint() {
      const fingerprint = fingerprintOf(node);
      Object.defineProperty(this, 'fingerprint', { value: fingerprint, enumerable: true });
      return fingerprint;
    },
    inferredReason: inferred ?? null,
    proposedBy: toProposal(proposedBy),
  };
}

const isGraphNode = (value: object): value is GraphNode => 'id' in value && 'kind' in value && 'props' in value;

/** `T` with every GraphNode inside it, however deep, replaced by its NodeSource. */
export type WithNodeSources<T> = T extends GraphNode
  ? NodeSource
  : T extends readonly (infer E)[]
    ? readonly WithNodeSources<E>[]
    : T extends object
      ? { readonly [K in keyof T]: WithNodeSources<T[K]> }
      : T;

/**
 * Renders a domain result (src/domain/results.ts) for GraphQL: the results hold store nodes
 * wherever they name an element, and the node types resolve from NodeSources. An element named
 * in many places (a test case in every row it covers) is rendered once.
 */
export function withNodeSources<T>(value: T, scope: DesignScope = BASELINE): WithNodeSources<T> {
  const rendered = new Map<GraphNode, NodeSource>();
  const render = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(render);
    if (item === null || typeof item !== 'object') return item;
    if (isGraphNode(item)) {
      let source = rendered.get(item);
      if (!source) rendered.set(item, (source = toNodeSource(item, scope)));
      return source;
    }
    const out: Record<PropertyKey, unknown> = {};
    for (const key of Object.keys(item)) out[key] = render((item as Record<string, unknown>)[key]);
    out[SCOPE] = scope;
    return out;
  };
  return render(value) as WithNodeSources<T>;
}
