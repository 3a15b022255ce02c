/** The answer of `trace`: the elements of one kind reachable from an element, with their paths. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { NodeKind } from '../../model/kinds.js';
import { NodeKindEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';
import { Node } from './node.js';
import { Reached } from './path.js';
import type * as domain from '../../domain/results.js';
import type { Twin } from './twin.js';

@ObjectType({ description: 'A trace from one element to every reachable element of a target kind.' })
export class Trace implements Twin<domain.TraceResult, Trace> {
  @Field(() => Node, { description: 'The element traced from.' })
  from!: NodeSource;

  @Field(() => NodeKindEnum, { description: 'The kind of element traced to.' })
  toKind!: NodeKind;

  @Field(() => Int, { description: 'The largest number of hops followed.' })
  maxDepth!: number;

  @Field(() => [Reached], { description: 'The reachable elements of the target kind, ordered by (depth, id).' })
  targets!: Reached[];
}
