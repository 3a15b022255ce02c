/** The answer of `rttm`: the requirements traceability matrix of a scope, as a table. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ExecutionStatus } from '../../domain/executions.js';
import type { CoverageStatus } from '../../domain/results.js';
import type { TestOutcome } from '../../model/kinds.js';
import { CoverageStatusEnum, ExecutionStatusEnum, TestOutcomeEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';
import type * as domain from '../../domain/results.js';
import { ModelIdentity } from './assessment.js';
import { ModelVersion } from './change-control.js';
import { NODE_TYPES } from './node-kinds.js';
import type { Twin } from './twin.js';

@ObjectType({ description: 'What an RTTM covers; an unset part does not narrow the scope.' })
export class RttmScope implements Twin<domain.RttmScope, RttmScope> {
  @Field(() => NODE_TYPES.TestPhase, { nullable: true, description: 'The phase whose test cases count, when exactly one was asked for (see `phases`).' })
  phase!: NodeSource | null;

  @Field(() => [NODE_TYPES.TestPhase], { description: 'Only test cases run in these phases count as coverage, by id; empty: every test case.' })
  phases!: NodeSource[];

  @Field(() => NODE_TYPES.Role, { nullable: true, description: 'Only requirements that apply to this role.' })
  role!: NodeSource | null;

  @Field(() => NODE_TYPES.Artefact, { nullable: true, description: 'Only requirements this artefact defines.' })
  artefact!: NodeSource | null;

  @Field(() => String, { nullable: true, description: "Only this participant's (organisation's) results count." })
  participant!: string | null;

  @Field(() => NODE_TYPES.EntryInterval, {
    nullable: true,
    description: 'The entry interval whose roles the matrix covers — those it enters and those the systems it enters serve; its phase is the phase.',
  })
  interval!: NodeSource | null;

  @Field(() => NODE_TYPES.DesignRelease, {
    nullable: true,
    description: 'The design release whose requirements the matrix covers: those its change requests change, directly or through an interface or process step.',
  })
  release!: NodeSource | null;

  @Field(() => ModelVersion, { nullable: true, description: "The design version the matrix was built on (results stay today's); null: the design served now." })
  baseline!: ModelVersion | null;

  @Field(() => [String], {
    description:
      'What the interval and the release scoped by, and what of them scopes nothing (a system serving no role, a release whose change requests name nothing they change), so an empty matrix is explained.',
  })
  notes!: string[];
}

@ObjectType({ description: 'Coverage of a requirement through an interface: the test case exercises an interface that realises it.' })
export class ViaInterfaceCoverage implements Twin<domain.ViaInterfaceCoverage, ViaInterfaceCoverage> {
  @Field(() => NODE_TYPES.TestCase, { description: 'The test case exercising the interface.' })
  testCase!: NodeSource;

  @Field(() => NODE_TYPES.Interface, { description: 'The interface that realises the requirement.' })
  interface!: NodeSource;
}

/** A test case of the matrix with its latest result in scope: declared once, for covering and orphan test cases. */
@ObjectType({ description: 'A test case of an RTTM with its latest result in scope.' })
abstract class RttmTestCaseFields implements Twin<domain.RttmOrphan, RttmTestCaseFields> {
  @Field(() => NODE_TYPES.TestCase, { description: 'The test case.' })
  testCase!: NodeSource;

  @Field(() => NODE_TYPES.TestResult, { nullable: true, description: 'Its latest result in scope (by executedAt, then id); null when it has none.' })
  latestResult!: NodeSource | null;

  @Field(() => TestOutcomeEnum, { description: "The latest result's outcome; NOT_RUN when there is none." })
  outcome!: TestOutcome;

  @Field(() => [NODE_TYPES.TestPhase], { description: 'The test phases of its scenario, by id (of the phases in scope, when phases were asked for).' })
  phases!: NodeSource[];
}

@ObjectType({ description: 'A test case covering an RTTM row, with its latest result in scope.' })
export class RttmExecution extends RttmTestCaseFields implements Twin<domain.RttmExecution, RttmExecution> {
  @Field(() => CoverageStatusEnum, { description: 'DIRECT when it verifies the requirement, VIA_INTERFACE when it only exercises a realising interface.' })
  coverage!: Exclude<CoverageStatus, 'NONE'>;
}

@ObjectType({ description: 'An in-scope test case that verifies no requirement (an orphan), with its latest result in scope.' })
export class RttmOrphan extends RttmTestCaseFields implements Twin<domain.RttmOrphan, RttmOrphan> {}

@ObjectType({ description: 'One row of the RTTM: a requirement, the in-scope test cases that cover it and what their latest results say.' })
export class RttmRow implements Twin<domain.RttmRow, RttmRow> {
  @Field(() => NODE_TYPES.Requirement, { description: 'The requirement.' })
  requirement!: NodeSource;

  @Field(() => CoverageStatusEnum, { description: 'How the requirement is covered.' })
  status!: CoverageStatus;

  @Field(() => [NODE_TYPES.TestCase], { description: 'In-scope test cases that verify the requirement, by id.' })
  directTestCases!: NodeSource[];

  @Field(() => [ViaInterfaceCoverage], { description: 'In-scope test cases that exercise an interface realising the requirement.' })
  viaInterface!: ViaInterfaceCoverage[];

  @Field(() => ExecutionStatusEnum, {
    description: 'From the latest results of the test cases that give the row its status: the direct ones of a DIRECT row, the via-interface ones of a VIA_INTERFACE row.',
  })
  execution!: ExecutionStatus;

  @Field(() => [RttmExecution], { description: 'Every covering test case once (direct first, then via interface; each by id), with its latest result.' })
  executions!: RttmExecution[];

  @Field(() => [NODE_TYPES.Artefact], { description: 'The artefacts (BRS) defining the requirement, by id.' })
  artefacts!: NodeSource[];

  @Field(() => [NODE_TYPES.Role], { description: 'The roles the requirement applies to, by id.' })
  roles!: NodeSource[];

  @Field(() => [NODE_TYPES.TestPhase], { description: 'The test phases of its covering test cases, by id.' })
  phases!: NodeSource[];
}

@ObjectType({ description: 'Row counts of the RTTM by coverage and execution status, and coverage three ways.' })
export class RttmTotals implements Twin<domain.RttmTotals, RttmTotals> {
  @Field(() => Int, { description: 'Requirements in scope (rows).' })
  requirements!: number;

  @Field(() => Int, { description: 'Rows with status DIRECT.' })
  direct!: number;

  @Field(() => Int, { description: 'Rows with status VIA_INTERFACE.' })
  viaInterface!: number;

  @Field(() => Int, { description: 'Rows with status NONE.' })
  none!: number;

  @Field(() => Int, { description: 'DIRECT rows whose direct test cases all passed: the requirements verified.' })
  passed!: number;

  @Field(() => Int, { description: 'VIA_INTERFACE rows whose test cases all passed: exercised, but verified by no test.' })
  passedViaInterface!: number;

  @Field(() => Int, { description: 'Rows whose execution is FAILED.' })
  failed!: number;

  @Field(() => Int, { description: 'Rows whose execution is BLOCKED.' })
  blocked!: number;

  @Field(() => Int, { description: 'Covered rows whose execution is NOT_RUN (not yet run, not run or skipped).' })
  notRun!: number;

  @Field(() => Float, { description: 'direct / requirements × 100, to one decimal place; 0 when there are no requirements. The headline: interface links do not count.' })
  directCoveragePercent!: number;

  @Field(() => Float, { description: '(direct + viaInterface) / requirements × 100: design coverage, counting a test exercising a realising interface.' })
  designCoveragePercent!: number;

  @Field(() => Float, { description: 'passed / requirements × 100: the requirements verified by a passing direct test.' })
  passedPercent!: number;

  @Field(() => Float, {
    description: '(direct + viaInterface) / requirements × 100, to one decimal place.',
    deprecationReason: 'Counts interface links as coverage; use directCoveragePercent, designCoveragePercent or passedPercent.',
  })
  coveragePercent!: number;
}

/** The fields every matrix has: the whole scope's and each phase's. */
@ObjectType({ description: 'The fields every RTTM matrix has.' })
abstract class RttmMatrixFields implements Twin<domain.RttmMatrix, RttmMatrixFields> {
  @Field(() => [RttmRow], { description: 'One row per in-scope requirement, ordered by requirement id.' })
  rows!: RttmRow[];

  @Field(() => RttmTotals, { description: 'Row counts and coverage.' })
  totals!: RttmTotals;

  @Field(() => [NODE_TYPES.Requirement], { description: 'The requirements with status NONE.' })
  uncovered!: NodeSource[];

  @Field(() => [NODE_TYPES.TestCase], { description: 'The in-scope test cases that verify no requirement (orphans), by id.' })
  orphanTestCases!: NodeSource[];

  @Field(() => [RttmOrphan], { description: 'The same test cases, each with its latest result.' })
  orphans!: RttmOrphan[];
}

@ObjectType({ description: "The RTTM of one phase of the scope: its rows, totals and orphans count only that phase's test cases." })
export class RttmPhaseMatrix extends RttmMatrixFields implements Twin<domain.RttmPhaseMatrix, RttmPhaseMatrix> {
  @Field(() => NODE_TYPES.TestPhase, { description: 'The phase.' })
  phase!: NodeSource;
}

@ObjectType({ description: 'A requirements traceability matrix: requirement × test case, with coverage and execution status per row.' })
export class Rttm extends RttmMatrixFields implements Twin<domain.Rttm, Rttm> {
  @Field(() => RttmScope, { description: 'The scope the matrix was built for.' })
  scope!: RttmScope;

  @Field(() => [RttmPhaseMatrix], { description: 'One matrix per phase of the scope, by phase id (empty when no phase was asked for).' })
  byPhase!: RttmPhaseMatrix[];

  @Field(() => ModelIdentity, { description: "Which design the matrix was built on (the baseline's, when one was asked for)." })
  model!: ModelIdentity;
}
