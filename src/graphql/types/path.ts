/**
 * Reached elements and the paths that explain them, shared by `impact` and `trace`. A path holds
 * ids (src/domain/results.ts); its nodes resolve through the per-request node loader (see
 * resolvers/path.resolvers.ts), so all the paths of an answer cost one `nodes` round-trip.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import type { NodeKind } from '../../model/kinds.js';
import type { EdgeProvenance, Proposal as ModelProposal } from '../../model/provenance.js';
import type { RelationshipType } from '../../model/relationships.js';
import type { Direction } from '../../store/port.js';
import { DirectionEnum, NodeKindEnum, RelationshipTypeEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';
import { Node } from './node.js';
import type * as domain from '../../domain/results.js';
import type { Twin } from './twin.js';

@ObjectType({ description: 'One hop of a path: a relationship followed in a direction, and the element it arrives at.' })
export class PathHop implements Twin<domain.PathHop, PathHop> {
  @Field(() => RelationshipTypeEnum, { name: 'relationship', description: 'The relationship followed.' })
  type!: RelationshipType;

  @Field(() => DirectionEnum, { description: '`OUT` along the relationship, `IN` against it.' })
  direction!: Direction;

  /** Id of the element the hop arrives at; the `to` field resolves it. */
  to!: string;

  /** The relationship's provenance and proposal as the domain holds them; field resolvers render them. */
  provenance!: EdgeProvenance;
  proposedBy?: ModelProposal;
}

@ObjectType({ description: 'A chain of relationships from a starting element to the element it explains.' })
export class Path implements Twin<domain.Path, Path> {
  /** Id of the starting element; the `start` field resolves it. */
  start!: string;

  @Field(() => [PathHop], { description: 'The hops, in order; the last one arrives at the element explained.' })
  hops!: PathHop[];
}

@ObjectType({ description: 'An element reached by a walk over the graph, with one shortest path that explains why.' })
export class Reached implements Twin<domain.Reached, Reached> {
  @Field(() => Node, { description: 'The element reached.' })
  node!: NodeSource;

  @Field(() => Int, { description: 'Number of hops from the nearest starting element.' })
  depth!: number;

  @Field(() => Path, { description: 'One shortest path from a starting element to this one.' })
  path!: Path;
}

@ObjectType({ description: 'The reached elements of one kind.' })
export class KindGroup implements Twin<domain.KindGroup, KindGroup> {
  @Field(() => NodeKindEnum, { description: 'The kind of the elements.' })
  kind!: NodeKind;

  @Field(() => [Reached], { description: 'The elements, ordered by (depth, id).' })
  elements!: Reached[];
}
