/** `impact`: the design team's question — a change request (or changed elements), what else moves? */
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { DEFAULT_IMPACT_DEPTH, impactOf } from '../../domain/impact.js';
import type { ApiContext } from '../context.js';
import { withNodeSources } from '../node-source.js';
import { Impact } from '../types/impact.js';

@ArgsType()
class ImpactArgs {
  @Field(() => ID, { nullable: true, description: 'The change request to assess, e.g. `CR023`.' })
  changeRequest?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Or the ids of the changed elements, e.g. `["IF-021", "IF-041"]`.' })
  changed?: string[] | null;

  @Field(() => Int, { nullable: true, description: `Largest number of hops to follow (default ${DEFAULT_IMPACT_DEPTH}).` })
  maxDepth?: number | null;
}

@Resolver()
export class ImpactResolver {
  @Query(() => Impact, {
    description:
      'Every element downstream of a change, each once at its minimum depth with one shortest path explaining it. ' +
      'Give either `changeRequest` (the walk starts from the elements it CHANGES) or `changed`.',
  })
  async impact(@Args(() => ImpactArgs) { changeRequest, changed, maxDepth }: ImpactArgs, @Ctx() { store }: ApiContext) {
    return withNodeSources(
      await impactOf(store, { changeRequest: changeRequest ?? undefined, changed: changed ?? undefined, maxDepth: maxDepth ?? undefined }),
    );
  }
}
