/** The answer of `codeTrace`: requirement ↔ industry-code clause, both ways, with the gaps. */
import { Field, ObjectType } from 'type-graphql';
import { CodeBodyEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';
import { CodeClause, Requirement } from './node-kinds.js';

@ObjectType({ description: 'A code clause and the requirements it carries into the code.' })
export class ClauseTrace {
  @Field(() => CodeClause, { description: 'The clause.' })
  clause!: NodeSource;

  @Field(() => [Requirement], { description: 'The requirements the clause codifies.' })
  requirements!: NodeSource[];
}

@ObjectType({ description: 'The code-drafting trace: which requirements each clause carries, and the gaps both ways.' })
export class CodeTrace {
  @Field(() => CodeBodyEnum, { nullable: true, description: 'The industry code traced; null for all codes.' })
  code!: string | null;

  @Field(() => [ClauseTrace], { description: 'Every clause in scope with the requirements it codifies.' })
  clauses!: ClauseTrace[];

  @Field(() => [Requirement], { description: 'Requirements in scope that no clause (of the code, when given) codifies yet.' })
  requirementsWithoutClause!: NodeSource[];

  @Field(() => [CodeClause], { description: 'Clauses that codify no requirement.' })
  clausesWithoutRequirement!: NodeSource[];
}
