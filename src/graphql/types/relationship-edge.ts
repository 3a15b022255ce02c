/**
 * A relationship as an edge: which relationship, which way, the element at the other end, and
 * the relationship's own provenance and proposal — what an element's plain relationship fields
 * (`realisedBy`, `changes`, …) cannot say.
 */
import { Field, ObjectType } from 'type-graphql';
import type { EndVersion } from '../../domain/suspects.js';
import type { RelationshipType } from '../../model/relationships.js';
import type { Direction } from '../../store/port.js';
import { DirectionEnum, RelationshipTypeEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';
import { Node } from './node.js';
import { Proposal, RelationshipProvenance } from './provenance.js';

@ObjectType({ description: 'One relationship of an element, seen from that element.' })
export class RelationshipEdge {
  @Field(() => RelationshipTypeEnum, { description: 'The relationship.' })
  type!: RelationshipType;

  @Field(() => DirectionEnum, { description: '`OUT` when this element is where the relationship starts, `IN` when it points here.' })
  direction!: Direction;

  @Field(() => String, {
    description: 'The relationship as a sentence from this element, worded from its declaration: "IF-021 is sent by ADS".',
  })
  sentence!: string;

  @Field(() => Node, { description: 'The element at the other end.' })
  node!: NodeSource;

  @Field(() => RelationshipProvenance, { description: 'Where the relationship comes from.' })
  provenance!: RelationshipProvenance;

  @Field(() => Proposal, { nullable: true, description: 'The change request proposing the relationship; null for baselined design.' })
  proposedBy!: Proposal | null;

  /** The relationship's ends, from which the `reviewState` field resolves. */
  link!: EdgeLink;
}

/** A relationship by its ends' ids and fingerprints. */
export interface EdgeLink {
  readonly type: RelationshipType;
  readonly from: EndVersion;
  readonly to: EndVersion;
}
