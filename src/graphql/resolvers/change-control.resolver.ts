/**
 * `diff` and `suspectLinks`: change control over the model's git history and its review lock,
 * computed above the port (src/domain) so both stores answer alike.
 */
import { BASELINE, scopedStore } from '../../store/design-scope.js';
import { Arg, Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { diffVersions } from '../../domain/baselines.js';
import type { ModelDiff as ModelDiffResult, ReviewState, SuspectReport } from '../../domain/results.js';
import { suspectLinks } from '../../domain/suspects.js';
import type { NodeKind } from '../../model/kinds.js';
import { readReviewLock } from '../../model/reviews-lock.js';
import { historyOf, type ApiContext } from '../context.js';
import { NodeKindEnum, ReviewStateEnum } from '../enums.js';
import { withNodeSources } from '../node-source.js';
import { FieldChange, ModelDiff, SuspectLinks } from '../types/change-control.js';

const VERSION = 'A design release with a baseline (`IR5`), a git ref (`ir5`, `main~1`) or a commit id';

/** The domain diff with its property values as JSON text. */
export const diffSource = (diff: ModelDiffResult) =>
  withNodeSources({
    ...diff,
    byKind: diff.byKind.map((d) => ({ ...d, changed: d.changed.map((c) => ({ ...c, fields: c.fields.map(FieldChange.of) })) })),
    relationships: diff.relationships.map((d) => ({ ...d, changed: d.changed.map((r) => ({ ...r, fields: r.fields.map(FieldChange.of) })) })),
  });

const suspectsSource = (report: SuspectReport) =>
  withNodeSources({ ...report, links: report.links.map((l) => ({ ...l, changed: l.changed.map((c) => ({ ...c, fields: c.fields && c.fields.map(FieldChange.of) })) })) });

@ArgsType()
class SuspectLinksArgs {
  @Field(() => NodeKindEnum, { nullable: true, description: 'Only links whose element to re-review is of this kind, e.g. `TestCase`.' })
  kind?: NodeKind | null;

  @Field(() => ReviewStateEnum, { defaultValue: 'SUSPECT', description: 'Only links in this state.' })
  state!: ReviewState;
}

@Resolver()
export class ChangeControlResolver {
  @Query(() => ModelDiff, {
    description: 'What differs between two versions of the model, read from git: elements added, removed and changed field by field, relationships added and removed.',
  })
  async diff(
    @Arg('from', () => String, { description: VERSION }) from: string,
    @Arg('to', () => String, { nullable: true, description: `${VERSION}; the working tree when absent.` }) to: string | null | undefined,
    @Ctx() context: ApiContext,
  ) {
    return diffSource(await diffVersions(scopedStore(context.store, BASELINE), historyOf(context), { from, to: to ?? undefined }));
  }

  @Query(() => SuspectLinks, {
    description:
      'Links by review state: a link is SUSPECT when the element it depends on changed since it was reviewed (with what changed), UNREVIEWED when never reviewed.',
  })
  async suspectLinks(@Args(() => SuspectLinksArgs) { kind, state }: SuspectLinksArgs, @Ctx() context: ApiContext) {
    const history = historyOf(context);
    return suspectsSource(await suspectLinks(scopedStore(context.store, BASELINE), history, await readReviewLock(history.modelDir), { kind: kind ?? undefined, state }));
  }
}
