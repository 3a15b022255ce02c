/** The answer of `roleView`: what a participant in a role must build and pass. */
import { Field, ObjectType } from 'type-graphql';
import type { NodeSource } from '../node-source.js';
import { BusinessProcess, Interface, ProcessStep, Requirement, Role, TestCase, TestPhase } from './node-kinds.js';

@ObjectType({ description: 'A business process the role takes part in, and the steps it performs.' })
export class ProcessParticipation {
  @Field(() => BusinessProcess, { description: 'The process.' })
  process!: NodeSource;

  @Field(() => [ProcessStep], { description: 'The steps of the process the role performs, by sequence.' })
  steps!: NodeSource[];
}

@ObjectType({ description: 'The test cases of one phase that concern the role.' })
export class PhaseTestCases {
  @Field(() => TestPhase, { description: 'The test phase.' })
  phase!: NodeSource;

  @Field(() => [TestCase], { description: 'The test cases, by id.' })
  testCases!: NodeSource[];
}

@ObjectType({ description: 'Everything a participant qualifying in a role must build and pass.' })
export class RoleView {
  @Field(() => Role, { description: 'The role.' })
  role!: NodeSource;

  @Field(() => [Role], { description: 'The roles PART_OF this one, transitively, by id (e.g. MDR within the Smart Data Service); everything below includes theirs.' })
  parts!: NodeSource[];

  @Field(() => [Interface], { description: 'Interfaces the role sends.' })
  sends!: NodeSource[];

  @Field(() => [Interface], { description: 'Interfaces the role receives.' })
  receives!: NodeSource[];

  @Field(() => [ProcessParticipation], { description: 'Business processes the role takes part in.' })
  processes!: ProcessParticipation[];

  @Field(() => [Requirement], { description: 'Requirements the role must satisfy.' })
  requirements!: NodeSource[];

  @Field(() => [PhaseTestCases], { description: 'The test cases the role must pass, by phase.' })
  testCasesByPhase!: PhaseTestCases[];
}
