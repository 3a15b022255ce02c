/** The answer of `impact`: everything downstream of a change, grouped by kind, each with its path. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { NodeSource } from '../node-source.js';
import { Node } from './node.js';
import { NODE_TYPES } from './node-kinds.js';
import { KindGroup, Reached } from './path.js';
import type * as domain from '../../domain/results.js';
import type { Twin } from './twin.js';

@ObjectType({ description: 'The impact assessment of a change: every element downstream of the changed ones, at its minimum depth.' })
export class Impact implements Twin<domain.ImpactResult, Impact> {
  @Field(() => NODE_TYPES.ChangeRequest, { nullable: true, description: 'The change request assessed, when the impact was asked for one.' })
  changeRequest!: NodeSource | null;

  @Field(() => [Node], { description: 'The changed elements the assessment starts from.' })
  changed!: NodeSource[];

  @Field(() => Int, { description: 'The largest number of hops followed from a changed element.' })
  maxDepth!: number;

  @Field(() => [Reached], { description: 'Every impacted element once, ordered by (depth, kind, id).' })
  impacted!: Reached[];

  @Field(() => [KindGroup], { description: 'The impacted elements grouped by kind, kinds in model order.' })
  byKind!: KindGroup[];

  @Field(() => [String], {
    description: 'Why part of the answer is empty, said rather than left blank: a change request that changes nothing modelled, a changed element nothing propagates from.',
  })
  warnings!: string[];
}
