/**
 * `includeProposed`, the argument every query field takes: which change requests' proposals the
 * answer includes. Absent, the answer is the baselined design.
 */
import { Arg, ArgsType, Field, ID } from 'type-graphql';
import { inDesignScope, type ScopedQuery } from '../domain/scope.js';
import type { ApiContext } from './context.js';

const DESCRIPTION =
  'Include the design these change requests propose (elements and relationships they add, without what they remove), e.g. `["CR027"]`. ' +
  'Absent: the baselined design.';

@ArgsType()
export class ScopeArgs {
  @Field(() => [ID], { nullable: true, description: DESCRIPTION })
  includeProposed?: string[] | null;
}

/** For fields whose other arguments are single `@Arg`s. */
export const includeProposedArg = () => Arg('includeProposed', () => [ID], { nullable: true, description: DESCRIPTION });

export const scopeFor = (context: ApiContext, includeProposed: readonly string[] | null | undefined): Promise<ScopedQuery> =>
  inDesignScope(context.store, includeProposed);
