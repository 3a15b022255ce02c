/** `impact`: the design team's question — a change request (or changed elements), what else moves? */
import { Args, ArgsType, Ctx, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import { BadInputError } from '../../errors.js';
import { DEFAULT_IMPACT_DEPTH, impactOf } from '../../domain/impact.js';
import { impactOfDiff } from '../../domain/impact-of-diff.js';
import { historyOf, type ApiContext } from '../context.js';
import { toProposal, toRelationshipProvenance, withNodeSources } from '../node-source.js';
import { ImpactAssessment } from '../types/assessment.js';
import { assessImpact } from '../../domain/assessment.js';
import { gitCommitOf } from '../../model/identity.js';
import { scopeFor, ScopeArgs } from '../scope-args.js';
import { Impact } from '../types/impact.js';

@InputType({ description: 'Two versions of the model: design releases with a baseline, git refs or commit ids.' })
class DiffInput {
  @Field(() => String, { description: 'The older version, e.g. `IR4`.' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'The newer version; the working tree when absent.' })
  to?: string | null;
}

@ArgsType()
class ImpactArgs extends ScopeArgs {
  @Field(() => ID, { nullable: true, description: 'The change request to assess, e.g. `CR023`.' })
  changeRequest?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Or the ids of the changed elements, e.g. `["IF-021", "IF-041"]`.' })
  changed?: string[] | null;

  @Field(() => DiffInput, {
    nullable: true,
    description: 'Or a diff: starts from the elements it adds or changes and the ends of the relationships it adds or removes.',
  })
  diff?: DiffInput | null;

  @Field(() => Int, { nullable: true, description: `Largest number of hops to follow (default ${DEFAULT_IMPACT_DEPTH}).` })
  maxDepth?: number | null;
}

@Resolver()
export class ImpactResolver {
  @Query(() => Impact, {
    description:
      'Every element downstream of a change, each once at its minimum depth with one shortest path explaining it. ' +
      'Give one of `changeRequest` (the walk starts from the elements it CHANGES), `changed`, or `diff`.',
  })
  async impact(@Args(() => ImpactArgs) { changeRequest, changed, diff, maxDepth, includeProposed }: ImpactArgs, @Ctx() context: ApiContext) {
    const { scope, store } = await scopeFor(context, includeProposed);
    if (diff) {
      if (changeRequest || changed) throw new BadInputError('Give one of changeRequest, changed or diff');
      const input = { from: diff.from, to: diff.to ?? undefined, maxDepth: maxDepth ?? undefined };
      return withNodeSources((await impactOfDiff(store, historyOf(context), input)).impact, scope);
    }
    return withNodeSources(
      await impactOf(store, { changeRequest: changeRequest ?? undefined, changed: changed ?? undefined, maxDepth: maxDepth ?? undefined }),
      scope,
    );
  }
}

@ArgsType()
class ImpactAssessmentArgs extends ScopeArgs {
  @Field(() => ID, { description: 'The change request to assess, e.g. `CR023`.' })
  changeRequest!: string;

  @Field(() => Int, { nullable: true, description: `Largest number of hops to follow (default ${DEFAULT_IMPACT_DEPTH}).` })
  maxDepth?: number | null;
}

@Resolver()
export class ImpactAssessmentResolver {
  @Query(() => ImpactAssessment, {
    description:
      'The impact assessment of a change request a design lead can circulate: the impacted elements with sentences, the summaries by artefact, ' +
      'role, constituency, test phase and industry code, the overlapping change requests, the CR\'s facts and which design it was computed on.',
  })
  async impactAssessment(@Args(() => ImpactAssessmentArgs) { changeRequest, maxDepth, includeProposed }: ImpactAssessmentArgs, @Ctx() context: ApiContext) {
    const { scope, store } = await scopeFor(context, includeProposed);
    const history = historyOf(context);
    const [health, gitCommit] = await Promise.all([store.health(), gitCommitOf(history.modelDir)]);
    const assessment = await assessImpact(
      store,
      { changeRequest, maxDepth: maxDepth ?? undefined, includeProposed: scope.includeProposed },
      { modelHash: health.modelHash, gitCommit },
    );
    const changes = assessment.changes.map((c) => ({ node: c.node, provenance: toRelationshipProvenance(c.provenance), proposedBy: toProposal(c.proposedBy) }));
    return withNodeSources({ ...assessment, changes }, scope);
  }
}
