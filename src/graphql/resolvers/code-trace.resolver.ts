/** `codeTrace`: the code drafters' question — requirement ↔ industry-code clause, with the gaps. */
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { codeTrace } from '../../domain/code-trace.js';
import type { CodeBody } from '../../model/kinds.js';
import type { ApiContext } from '../context.js';
import { CodeBodyEnum } from '../enums.js';
import { withNodeSources } from '../node-source.js';
import { includeProposedArg, scopeFor } from '../scope-args.js';
import { CodeTrace } from '../types/code-trace.js';

@Resolver()
export class CodeTraceResolver {
  @Query(() => CodeTrace, {
    description: 'Which requirements each code clause carries, the requirements no clause codifies yet, and the clauses that codify none.',
  })
  async codeTrace(
    @Arg('code', () => CodeBodyEnum, { nullable: true, description: 'Only this industry code (and the requirements of the roles it governs); all codes when absent.' })
    code: CodeBody | null | undefined,
    @includeProposedArg() includeProposed: string[] | null | undefined,
    @Ctx() context: ApiContext,
  ) {
    const { scope, store } = await scopeFor(context, includeProposed);
    return withNodeSources(await codeTrace(store, { code: code ?? undefined }), scope);
  }
}
