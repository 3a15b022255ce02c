/** `roleView`: what a participant qualifying in a role must build and pass. */
import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { roleView } from '../../domain/role-view.js';
import type { ApiContext } from '../context.js';
import { withNodeSources } from '../node-source.js';
import { scopeFor, ScopeArgs } from '../scope-args.js';
import { RoleView } from '../types/role-view.js';

@ArgsType()
class RoleViewArgs extends ScopeArgs {
  @Field(() => ID, { description: 'The Role, e.g. `ADS`; its parts (roles PART_OF it) are included.' })
  role!: string;

  @Field(() => ID, { nullable: true, description: 'Only the test cases of this TestPhase.' })
  phase?: string | null;

  @Field(() => String, { nullable: true, description: "Only this participant's (organisation's) results give the checklist's outcomes." })
  participant?: string | null;
}

@Resolver()
export class RoleViewResolver {
  @Query(() => RoleView, {
    description:
      'The interfaces a role sends and receives, the processes it takes part in, the requirements it must satisfy and the test cases it must pass, by phase.',
  })
  async roleView(@Args(() => RoleViewArgs) { role, phase, participant, includeProposed }: RoleViewArgs, @Ctx() context: ApiContext) {
    const { scope, store } = await scopeFor(context, includeProposed);
    return withNodeSources(await roleView(store, role, { phase: phase ?? undefined, participant: participant ?? undefined }), scope);
  }
}
