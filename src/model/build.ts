/**
 * Builds the in-memory DesignModel from a model that passed validation: one node per element
 * with its properties, one edge per reference, plus the edges the file structure implies —
 * HAS_STEP from a process to the steps nested under it, DEFINES from a file's `definedBy`
 * artefact to each element of the file that an artefact can define.
 */
import { createHash } from 'node:crypto';
import type { DesignModel, ModelEdge, ModelNode, NodeProps, PropertyValue } from './design-model.js';
import type { ModelElement } from './elements.js';
import { definedByOf, referencesOf } from './elements.js';
import { canonicalJson } from './canonical-json.js';
import { COMMON_PROPERTIES, KINDS, NODE_KINDS } from './kinds.js';
import { compare } from './order.js';
import { relationship } from './relationships.js';
import type { ModelUnderValidation } from './checks/model-check.js';
import type { EdgeProvenance, Proposal } from './provenance.js';
import { provenanceOf } from './provenance.js';

export function buildDesignModel({ elements }: ModelUnderValidation): DesignModel {
  const nodes = elements.map(nodeOf).sort((a, b) => compare(a.id, b.id));
  const edges = new Map<string, ModelEdge>();
  const add = (edge: ModelEdge) => edges.set(`${edge.type}\u0000${edge.from}\u0000${edge.to}`, edge);
  const definable = relationship('DEFINES').to;

  for (const element of elements) {
    const id = idOf(element);
    const inherited = inheritedFrom(element);
    for (const { type, target, written } of referencesOf(element)) {
      add({ type, from: id, to: target, ...(written ? ownOrInherited(written.fields, inherited) : inherited) });
    }
    // Where an element is written states these two, so they are as sure as the element itself.
    if (element.process) add({ type: 'HAS_STEP', from: idOf(element.process), to: id, ...inherited });
    const artefact = definedByOf(element.document);
    if (artefact !== undefined && definable.includes(element.kind)) add({ type: 'DEFINES', from: artefact, to: id, ...inherited });
  }
  for (const edge of changesImpliedByProposals(nodes, [...edges.values()])) {
    if (!edges.has(`${edge.type}\u0000${edge.from}\u0000${edge.to}`)) add(edge);
  }

  const sortedEdges = [...edges.values()].sort(
    (a, b) => compare(a.type, b.type) || compare(a.from, b.from) || compare(a.to, b.to),
  );
  // Hashing writes the whole model out as JSON (0.4 s at 100× the shipped model): done when first
  // asked for, which `mhhs validate` and most commands never do.
  let hash: string | undefined;
  return {
    nodes,
    edges: sortedEdges,
    get hash() {
      return (hash ??= hashOf(nodes, sortedEdges));
    },
  };
}

/**
 * A change request CHANGES what it proposes: each element it adds, modifies or removes, and the
 * element a proposed relationship is written on (whose relationships it modifies) — so its impact
 * assessment starts there, and "which CRs change X" finds it. A `changes` entry the model writes
 * for the same element wins, with its own provenance.
 */
function changesImpliedByProposals(nodes: readonly ModelNode[], edges: readonly ModelEdge[]): ModelEdge[] {
  const proposalOf = new Map(nodes.map((node) => [node.id, node.props.proposedBy]));
  const ofElements = nodes.flatMap(({ id, props }): ModelEdge[] =>
    props.proposedBy
      ? [{ type: 'CHANGES', from: props.proposedBy.cr, to: id, provenance: { ...provenanceOfProps(props), inherited: true }, proposedBy: props.proposedBy }]
      : [],
  );
  const ofRelationships = edges.flatMap((edge): ModelEdge[] => {
    const { proposedBy } = edge;
    // Relationships the file structure states (DEFINES, HAS_STEP) change no one: the artefact or
    // process is reached from the proposed element itself.
    if (!proposedBy || proposalOf.get(edge.from)?.cr === proposedBy.cr || relationship(edge.type).yaml === 'implicit' || edge.type === 'CHANGES') return [];
    const note = `its ${edge.type} relationship to ${edge.to}: ${proposedBy.change}${proposedBy.note ? `, ${proposedBy.note}` : ''}`;
    return [{ type: 'CHANGES', from: proposedBy.cr, to: edge.from, provenance: edge.provenance, proposedBy: { cr: proposedBy.cr, change: 'MODIFY', note } }];
  });
  return [...ofElements, ...ofRelationships];
}

/** A built node's provenance, from the props it keeps. */
const provenanceOfProps = (props: NodeProps) => provenanceOf(props as Readonly<Record<string, unknown>>)!;

type EdgeMeta = { provenance: EdgeProvenance; proposedBy?: Proposal };

/** What a relationship written on `element` carries unless its reference says otherwise. */
function inheritedFrom(element: ModelElement): EdgeMeta {
  // Validation guarantees every element states exactly one provenance.
  const provenance = provenanceOf(element.fields)!;
  const proposedBy = element.fields.proposedBy as Proposal | undefined;
  return { provenance: { ...provenance, inherited: true }, ...(proposedBy ? { proposedBy } : {}) };
}

/** A reference written as a mapping: its own provenance and proposal, each inherited when it states none. */
function ownOrInherited(fields: Readonly<Record<string, unknown>>, inherited: EdgeMeta): EdgeMeta {
  const own = provenanceOf(fields);
  const proposedBy = (fields.proposedBy as Proposal | undefined) ?? inherited.proposedBy;
  return { provenance: own ? { ...own, inherited: false } : inherited.provenance, ...(proposedBy ? { proposedBy } : {}) };
}

/** Properties a node keeps, per kind: the common ones but its id, and its kind's; references become edges. */
const PROPERTY_NAMES = new Map(
  NODE_KINDS.map((kind) => [kind, [...Object.keys(COMMON_PROPERTIES).filter((name) => name !== 'id'), ...Object.keys(KINDS[kind].properties)]]),
);

function nodeOf(element: ModelElement): ModelNode {
  const props: Record<string, PropertyValue> = {};
  for (const name of PROPERTY_NAMES.get(element.kind)!) {
    const value = element.fields[name];
    if (value !== undefined) props[name] = value as PropertyValue;
  }
  const { line, col } = element.document.locate(element.path);
  return { id: idOf(element), kind: element.kind, props: props as NodeProps, location: { file: element.document.file, line, col } };
}

/** Validation guarantees every element has a string id. */
const idOf = (element: ModelElement): string => element.id ?? '';

/**
 * sha256 of the nodes (without where they are written: moving an element between files does
 * not change the design) and edges, as JSON with sorted keys.
 */
function hashOf(nodes: readonly ModelNode[], edges: readonly ModelEdge[]): string {
  const content = { nodes: nodes.map(({ location: _location, ...node }) => node), edges };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
