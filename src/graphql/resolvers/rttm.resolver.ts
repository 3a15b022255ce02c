/** `rttm`: the testers' question — the requirements traceability matrix of a scope. */
import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { rttmAt } from '../../domain/rttm-at.js';
import { historyOf, type ApiContext } from '../context.js';
import { withNodeSources } from '../node-source.js';
import { scopeFor, ScopeArgs } from '../scope-args.js';
import { Rttm } from '../types/rttm.js';

@ArgsType()
class RttmArgs extends ScopeArgs {
  @Field(() => ID, { nullable: true, description: 'Only test cases of this TestPhase count, e.g. `SIT-FUNCTIONAL`.' })
  phase?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only test cases of these TestPhases count (with `phase`, all of them), e.g. `["SIT-CIT", "SIT-FUNCTIONAL"]`.' })
  phases?: string[] | null;

  @Field(() => String, { nullable: true, description: "Only this participant's (organisation's) test results count." })
  participant?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only requirements applying to this Role (or its parts), e.g. `ADS`.' })
  role?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only requirements this Artefact defines, e.g. `BRS007`.' })
  artefact?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'An EntryInterval, e.g. `SIT-CIT-INTERVAL-3`: its phase, only requirements applying to the roles it enters or the systems it enters serve (or their parts), and only the test cases those roles take part in (or that name no roles).',
  })
  interval?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A DesignRelease, e.g. `IR5`: only the requirements its change requests change, directly or through an interface or process step (the design as released is `baseline`).',
  })
  release?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The design as it stood at this version — a design release that names its `baseline` git ref, a git ref or a commit id, read from git — with today's results. A release naming no ref is refused: scope by what it changes with `release`.",
  })
  baseline?: string | null;
}

@Resolver()
export class RttmResolver {
  @Query(() => Rttm, {
    description:
      'The requirements traceability matrix for a scope: one row per requirement in scope with the test cases covering it, ' +
      'its coverage status, its execution status from their latest results, totals, coverage three ways, the uncovered ' +
      'requirements and the test cases that verify nothing. Every argument narrows the scope; none gives the whole model.',
  })
  async rttm(@Args(() => RttmArgs) { phase, phases, role, artefact, participant, interval, release, baseline, includeProposed }: RttmArgs, @Ctx() context: ApiContext) {
    const { scope, store } = await scopeFor(context, includeProposed);
    return withNodeSources(
      await rttmAt(store, historyOf(context), {
        phase: phase ?? undefined,
        phases: phases ?? undefined,
        role: role ?? undefined,
        artefact: artefact ?? undefined,
        participant: participant ?? undefined,
        interval: interval ?? undefined,
        release: release ?? undefined,
        baseline: baseline ?? undefined,
        includeProposed: scope.includeProposed,
      }),
      scope,
    );
  }
}
