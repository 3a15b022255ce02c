/** The answer of `codeTrace`: requirement ↔ industry-code clause, both ways, with the gaps. */
import { Field, ObjectType } from 'type-graphql';
import { CodeBodyEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';
import { NODE_TYPES } from './node-kinds.js';
import type * as domain from '../../domain/results.js';
import type { Twin } from './twin.js';

@ObjectType({ description: 'A code clause and the requirements it carries into the code.' })
export class ClauseTrace implements Twin<domain.ClauseTrace, ClauseTrace> {
  @Field(() => NODE_TYPES.CodeClause, { description: 'The clause.' })
  clause!: NodeSource;

  @Field(() => [NODE_TYPES.Requirement], { description: 'The requirements the clause codifies.' })
  requirements!: NodeSource[];
}

@ObjectType({ description: 'The code-drafting trace: which requirements each clause carries, and the gaps both ways.' })
export class CodeTrace implements Twin<domain.CodeTrace, CodeTrace> {
  @Field(() => CodeBodyEnum, { nullable: true, description: 'The industry code traced; null for all codes.' })
  code!: string | null;

  @Field(() => [ClauseTrace], { description: 'Every clause in scope with the requirements it codifies.' })
  clauses!: ClauseTrace[];

  @Field(() => [NODE_TYPES.Requirement], { description: 'Requirements in scope that no clause (of the code, when given) codifies yet.' })
  requirementsWithoutClause!: NodeSource[];

  @Field(() => [NODE_TYPES.CodeClause], { description: 'Clauses that codify no requirement.' })
  clausesWithoutRequirement!: NodeSource[];
}
