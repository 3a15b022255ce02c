/**
 * The `Node` interface every element of the design graph implements, and its provenance: which
 * seed paper a fact comes from, or that the element is an illustrative example.
 */
import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeKind } from '../../model/kinds.js';
import { NodeKindEnum } from '../enums.js';
import type { ProvenanceState } from '../../model/provenance.js';
import type { NodeSource } from '../node-source.js';
import { Proposal, Provenance, ProvenanceStateEnum } from './provenance.js';

@InterfaceType({
  description: 'An element of the MHHS design graph, identified by the programme\'s own identifier.',
  resolveType: (node: NodeSource) => node.kind,
})
export abstract class Node {
  @Field(() => ID, { description: 'The programme\'s identifier, unique across all kinds (e.g. `BRS007-FR-001`, `IF-021`, `ADS`).' })
  id!: string;

  @Field(() => String, { description: 'Short name or title.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Longer description, when the model gives one.' })
  description!: string | null;

  @Field(() => NodeKindEnum, { description: 'The kind of element.' })
  kind!: NodeKind;

  @Field(() => Provenance, { nullable: true, description: 'The seed paper this element comes from; null for an example or an inference.' })
  provenance!: Provenance | null;

  @Field(() => ProvenanceStateEnum, { description: 'A fact from a paper (SOURCE), an example (EXAMPLE) or a disclosed inference (INFERRED).' })
  provenanceState!: ProvenanceState;

  @Field(() => String, { nullable: true, description: 'The reason for the inference; null unless provenanceState is INFERRED.' })
  inferredReason!: string | null;

  @Field(() => Proposal, { nullable: true, description: 'The change request proposing this element; null for baselined design.' })
  proposedBy!: Proposal | null;

  @Field(() => Boolean, { description: 'True when the element is an illustration written for this repository, not baselined design from the papers.' })
  isExample!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the example exists; null when the element comes from a paper.' })
  exampleNote!: string | null;

  @Field(() => String, {
    description:
      "Content fingerprint: a hash of the element's kind and normalised properties (not its file, layout or comments). " +
      'A link is suspect when an end it depends on no longer has the fingerprint it was reviewed with.',
  })
  fingerprint!: string;
}
