/** `decisionsTaken`: which decisions a governance group took, and when — "approved by X on date" as a query. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { decisionsTaken } from '../../domain/decisions.js';
import { decisionOutcomeSchema } from '../../model/kinds.js';
import type { ApiContext } from '../context.js';
import { graphqlEnumOf } from '../model-types.js';
import { withNodeSources } from '../node-source.js';
import { NODE_TYPES } from '../types/node-kinds.js';

const DecisionOutcomeEnum = graphqlEnumOf(decisionOutcomeSchema);

@Resolver()
export class DecisionsResolver {
  @Query(() => [NODE_TYPES.Decision], {
    description:
      'Decisions of governance groups, in date order (then id): of one body, between two dates (inclusive; a month, `2023-08`, covers the whole month), of one outcome. "Which decisions did DAG take in August 2023?" is `decisionsTaken(body: "DAG", from: "2023-08", to: "2023-08")`.',
  })
  async decisionsTaken(
    @Arg('body', () => ID, { nullable: true, description: 'The GovernanceGroup that took them (e.g. `DAG`); every body when absent.' }) body: string | null | undefined,
    @Arg('from', () => String, { nullable: true, description: 'Earliest date, YYYY-MM-DD or YYYY-MM.' }) from: string | null | undefined,
    @Arg('to', () => String, { nullable: true, description: 'Latest date, YYYY-MM-DD or YYYY-MM.' }) to: string | null | undefined,
    @Arg('outcome', () => DecisionOutcomeEnum, { nullable: true, description: 'Only decisions with this outcome.' }) outcome: string | null | undefined,
    @Ctx() { store }: ApiContext,
  ) {
    return withNodeSources(await decisionsTaken(store, { body: body ?? undefined, from: from ?? undefined, to: to ?? undefined, outcome: outcome ?? undefined }));
  }
}
