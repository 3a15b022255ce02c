/** The answer of `roleView`: what a participant in a role must build and pass. */
import { Field, ObjectType } from 'type-graphql';
import type { NodeSource } from '../node-source.js';
import type { TestOutcome } from '../../model/kinds.js';
import { TestOutcomeEnum } from '../enums.js';
import { NODE_TYPES } from './node-kinds.js';
import { Node } from './node.js';
import type * as domain from '../../domain/results.js';
import type { Twin } from './twin.js';

@ObjectType({ description: 'A business process the role takes part in, and the steps it performs.' })
export class ProcessParticipation implements Twin<domain.ProcessParticipation, ProcessParticipation> {
  @Field(() => NODE_TYPES.BusinessProcess, { description: 'The process.' })
  process!: NodeSource;

  @Field(() => [NODE_TYPES.ProcessStep], { description: 'The steps of the process the role performs, by sequence.' })
  steps!: NodeSource[];
}

@ObjectType({ description: 'An element the role view lists, with the paths from the role (or a part) that put it there.' })
export class ExplainedElement implements Twin<domain.ExplainedElement, ExplainedElement> {
  @Field(() => Node, { description: 'The element.' })
  node!: NodeSource;

  @Field(() => [String], { description: 'Each path from the role that lists it, written like Cypher (`ADS <-[:PERFORMED_BY]- MHHSP-BP005-S06 -[:SENDS]-> IF-041`).' })
  because!: string[];
}

@ObjectType({ description: 'A test case the role must pass: why it is listed, and its latest result.' })
export class ChecklistEntry implements Twin<domain.ChecklistEntry, ChecklistEntry> {
  @Field(() => NODE_TYPES.TestCase, { description: 'The test case.' })
  testCase!: NodeSource;

  @Field(() => [String], { description: 'Each path from the role that lists the test case, written like Cypher.' })
  because!: string[];

  @Field(() => NODE_TYPES.TestResult, { nullable: true, description: "Its latest result (the participant's, when one is given); null when it has none." })
  latestResult!: NodeSource | null;

  @Field(() => TestOutcomeEnum, { description: "The latest result's outcome; NOT_RUN when there is none." })
  outcome!: TestOutcome;
}

@ObjectType({ description: 'The test cases of one phase that concern the role.' })
export class PhaseTestCases implements Twin<domain.PhaseTestCases, PhaseTestCases> {
  @Field(() => NODE_TYPES.TestPhase, { description: 'The test phase.' })
  phase!: NodeSource;

  @Field(() => [NODE_TYPES.TestCase], { description: 'The test cases, by id.' })
  testCases!: NodeSource[];

  @Field(() => [ChecklistEntry], { description: 'The same test cases, by id, with why each is listed and its latest result: the checklist of the phase.' })
  checklist!: ChecklistEntry[];
}

@ObjectType({ description: 'Everything a participant qualifying in a role must build and pass.' })
export class RoleView implements Twin<domain.RoleView, RoleView> {
  @Field(() => NODE_TYPES.Role, { description: 'The role.' })
  role!: NodeSource;

  @Field(() => [NODE_TYPES.Role], { description: 'The roles PART_OF this one, transitively, by id (e.g. MDR within the Smart Data Service); everything below includes theirs.' })
  parts!: NodeSource[];

  @Field(() => [NODE_TYPES.Interface], { description: 'Interfaces the role sends: FROM it, or sent by a step it performs.' })
  sends!: NodeSource[];

  @Field(() => [ExplainedElement], { description: 'The interfaces the role sends, each with the paths that make it send them.' })
  sendsBecause!: ExplainedElement[];

  @Field(() => [NODE_TYPES.Interface], { description: 'Interfaces the role receives.' })
  receives!: NodeSource[];

  @Field(() => [ProcessParticipation], { description: 'Business processes the role takes part in.' })
  processes!: ProcessParticipation[];

  @Field(() => [NODE_TYPES.Requirement], { description: 'Requirements the role must satisfy.' })
  requirements!: NodeSource[];

  @Field(() => [PhaseTestCases], {
    description:
      'The test cases the role takes part in, by phase: those naming it among their roles; for a test case naming no roles, those verifying its requirements or exercising its interfaces.',
  })
  testCasesByPhase!: PhaseTestCases[];

  @Field(() => String, { nullable: true, description: "Only this participant's results give the checklist's outcomes; null: everyone's." })
  participant!: string | null;
}
