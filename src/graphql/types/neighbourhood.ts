/** The answer of `neighbourhood`: an element, what lies within a few hops of it, and the relationships between them. */
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { RelationshipType } from '../../model/relationships.js';
import { RelationshipTypeEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';
import { Node } from './node.js';

@ObjectType({ description: 'One of the kind\'s own properties of an element (see the kind\'s type for its meaning), for generic display.' })
export class ElementProperty {
  @Field(() => String, { description: 'The property, as named on the kind\'s GraphQL type, e.g. `mechanism`.' })
  name!: string;

  @Field(() => String, { description: 'What the property means.' })
  description!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value; null when the element does not give it.' })
  value!: unknown;
}

@ObjectType({ description: 'An element of a neighbourhood and its distance from the centre.' })
export class NeighbourhoodNode {
  @Field(() => Node, { description: 'The element.' })
  node!: NodeSource;

  @Field(() => Int, { description: 'Hops from the centre; 0 for the centre itself.' })
  depth!: number;
}

@ObjectType({ description: 'A relationship between two elements of a neighbourhood: `from` -[relationship]-> `to`.' })
export class NeighbourhoodEdge {
  @Field(() => RelationshipTypeEnum, { name: 'relationship', description: 'The relationship.' })
  type!: RelationshipType;

  @Field(() => ID, { description: 'The element the relationship starts from.' })
  from!: string;

  @Field(() => ID, { description: 'The element it points to.' })
  to!: string;
}

@ObjectType({ description: 'The elements within a few hops of one element, following every relationship both ways.' })
export class Neighbourhood {
  @Field(() => Node, { description: 'The element at the centre.' })
  centre!: NodeSource;

  @Field(() => [ElementProperty], { description: 'The centre\'s own properties, in the order its kind declares them.' })
  properties!: ElementProperty[];

  @Field(() => Int, { description: 'The largest number of hops followed.' })
  depth!: number;

  @Field(() => [NeighbourhoodNode], { description: 'The centre first, then the elements reached, by (depth, id).' })
  nodes!: NeighbourhoodNode[];

  @Field(() => [NeighbourhoodEdge], { description: 'The relationships between the elements, by (relationship, from, to).' })
  edges!: NeighbourhoodEdge[];

  @Field(() => Boolean, { description: 'True when the walk stopped at `maxNodes`: the elements listed are the nearest ones, not all.' })
  truncated!: boolean;
}
