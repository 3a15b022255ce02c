/** The answer of `roleView`: what a participant in a role must build and pass. */
import { Field, ObjectType } from 'type-graphql';
import type { NodeSource } from '../node-source.js';
import { NODE_TYPES } from './node-kinds.js';
import type * as domain from '../../domain/results.js';
import type { Twin } from './twin.js';

@ObjectType({ description: 'A business process the role takes part in, and the steps it performs.' })
export class ProcessParticipation implements Twin<domain.ProcessParticipation, ProcessParticipation> {
  @Field(() => NODE_TYPES.BusinessProcess, { description: 'The process.' })
  process!: NodeSource;

  @Field(() => [NODE_TYPES.ProcessStep], { description: 'The steps of the process the role performs, by sequence.' })
  steps!: NodeSource[];
}

@ObjectType({ description: 'The test cases of one phase that concern the role.' })
export class PhaseTestCases implements Twin<domain.PhaseTestCases, PhaseTestCases> {
  @Field(() => NODE_TYPES.TestPhase, { description: 'The test phase.' })
  phase!: NodeSource;

  @Field(() => [NODE_TYPES.TestCase], { description: 'The test cases, by id.' })
  testCases!: NodeSource[];
}

@ObjectType({ description: 'Everything a participant qualifying in a role must build and pass.' })
export class RoleView implements Twin<domain.RoleView, RoleView> {
  @Field(() => NODE_TYPES.Role, { description: 'The role.' })
  role!: NodeSource;

  @Field(() => [NODE_TYPES.Role], { description: 'The roles PART_OF this one, transitively, by id (e.g. MDR within the Smart Data Service); everything below includes theirs.' })
  parts!: NodeSource[];

  @Field(() => [NODE_TYPES.Interface], { description: 'Interfaces the role sends.' })
  sends!: NodeSource[];

  @Field(() => [NODE_TYPES.Interface], { description: 'Interfaces the role receives.' })
  receives!: NodeSource[];

  @Field(() => [ProcessParticipation], { description: 'Business processes the role takes part in.' })
  processes!: ProcessParticipation[];

  @Field(() => [NODE_TYPES.Requirement], { description: 'Requirements the role must satisfy.' })
  requirements!: NodeSource[];

  @Field(() => [PhaseTestCases], { description: 'The test cases the role must pass, by phase.' })
  testCasesByPhase!: PhaseTestCases[];
}
