/**
 * The `Node` interface every element of the design graph implements, and its provenance: which
 * seed paper a fact comes from, or that the element is an illustrative example.
 */
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { NodeKind } from '../../model/kinds.js';
import { NodeKindEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';

@ObjectType({ description: 'Where a fact of the design comes from: a programme paper and the heading it was read under.' })
export class Provenance {
  @Field(() => String, { description: 'File name of the seed paper.' })
  paper!: string;

  @Field(() => String, { description: 'Title of the seed paper.' })
  paperTitle!: string;

  @Field(() => String, { description: 'The heading of the paper the fact was read under.' })
  section!: string;
}

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

  @Field(() => Provenance, { nullable: true, description: 'The seed paper this element comes from; null for an example.' })
  provenance!: Provenance | null;

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
