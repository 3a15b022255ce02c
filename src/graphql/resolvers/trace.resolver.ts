/** `trace`: from one element to every reachable element of a target kind, with the paths. */
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { DEFAULT_TRACE_DEPTH, trace } from '../../domain/trace.js';
import type { NodeKind } from '../../model/kinds.js';
import type { ApiContext } from '../context.js';
import { NodeKindEnum } from '../enums.js';
import { withNodeSources } from '../node-source.js';
import { scopeFor, ScopeArgs } from '../scope-args.js';
import { Trace } from '../types/trace.js';

@ArgsType()
class TraceArgs extends ScopeArgs {
  @Field(() => ID, { description: 'The element to trace from, e.g. `BRS007-FR-001`.' })
  from!: string;

  @Field(() => NodeKindEnum, { description: 'The kind of element to trace to, e.g. `TestCase`.' })
  toKind!: NodeKind;

  @Field(() => Int, { nullable: true, description: `Largest number of hops to follow (default ${DEFAULT_TRACE_DEPTH}).` })
  maxDepth?: number | null;
}

@Resolver()
export class TraceResolver {
  @Query(() => Trace, { description: 'Every element of `toKind` reachable from `from`, each with one shortest path.' })
  async trace(@Args(() => TraceArgs) { from, toKind, maxDepth, includeProposed }: TraceArgs, @Ctx() context: ApiContext) {
    const { scope, store } = await scopeFor(context, includeProposed);
    return withNodeSources(await trace(store, { from, toKind, maxDepth: maxDepth ?? undefined }), scope);
  }
}
