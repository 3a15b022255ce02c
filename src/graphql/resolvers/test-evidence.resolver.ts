/**
 * `TestCase.latestResult` and `TestCase.history`: a test case's executions in the order that
 * decides its status (src/domain/executions.ts). They read the results through the same
 * per-request neighbours loader as the relationship fields, so they cost no extra round-trip.
 * `testParticipants`: the organisations the results name, what a tester scopes evidence by.
 */
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { byExecution, latestOf } from '../../domain/executions.js';
import { HOPS } from '../../domain/hops.js';
import { testParticipants } from '../../domain/participants.js';
import type { ApiContext } from '../context.js';
import { loadersFor } from '../loaders.js';
import { scopeOf, toNodeSource, type NodeSource } from '../node-source.js';
import { NODE_TYPES } from '../types/node-kinds.js';
import { TestParticipant } from '../types/participant.js';

async function historyOf(root: NodeSource, context: ApiContext) {
  const neighbours = await loadersFor(context, scopeOf(root)).neighbours.load({ id: root.id, hop: HOPS.results });
  return neighbours.map((n) => n.node).sort(byExecution);
}

@Resolver(() => NODE_TYPES.TestCase)
export class TestEvidenceResolver {
  @FieldResolver(() => [NODE_TYPES.TestResult], { description: 'Every result of the test case, oldest first, by (executedAt, id): its execution history.' })
  async history(@Root() root: NodeSource, @Ctx() context: ApiContext) {
    return (await historyOf(root, context)).map((node) => toNodeSource(node, scopeOf(root)));
  }

  @FieldResolver(() => NODE_TYPES.TestResult, {
    nullable: true,
    description: 'The latest result of the test case (the last of `history`), which gives its status; null when it has not been run.',
  })
  async latestResult(@Root() root: NodeSource, @Ctx() context: ApiContext) {
    const latest = latestOf(await historyOf(root, context));
    return latest ? toNodeSource(latest, scopeOf(root)) : null;
  }

  @Query(() => [TestParticipant], {
    description: 'The programme participants (organisations) the recorded test results name, by name, with their result count, runs and latest execution: the values `rttm(participant:)` and `roleView(participant:)` take.',
  })
  async testParticipants(@Ctx() { store }: ApiContext) {
    return testParticipants(store);
  }
}
