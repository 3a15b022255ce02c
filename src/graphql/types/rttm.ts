/** The answer of `rttm`: the requirements traceability matrix of a scope, as a table. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { CoverageStatus } from '../../domain/results.js';
import { CoverageStatusEnum } from '../enums.js';
import type { NodeSource } from '../node-source.js';
import { NODE_TYPES } from './node-kinds.js';
import type * as domain from '../../domain/results.js';
import type { Twin } from './twin.js';

@ObjectType({ description: 'What an RTTM covers; an unset part does not narrow the scope.' })
export class RttmScope implements Twin<domain.RttmScope, RttmScope> {
  @Field(() => NODE_TYPES.TestPhase, { nullable: true, description: 'Only test cases run in this phase count as coverage.' })
  phase!: NodeSource | null;

  @Field(() => NODE_TYPES.Role, { nullable: true, description: 'Only requirements that apply to this role.' })
  role!: NodeSource | null;

  @Field(() => NODE_TYPES.Artefact, { nullable: true, description: 'Only requirements this artefact defines.' })
  artefact!: NodeSource | null;
}

@ObjectType({ description: 'Coverage of a requirement through an interface: the test case exercises an interface that realises it.' })
export class ViaInterfaceCoverage implements Twin<domain.ViaInterfaceCoverage, ViaInterfaceCoverage> {
  @Field(() => NODE_TYPES.TestCase, { description: 'The test case exercising the interface.' })
  testCase!: NodeSource;

  @Field(() => NODE_TYPES.Interface, { description: 'The interface that realises the requirement.' })
  interface!: NodeSource;
}

@ObjectType({ description: 'One row of the RTTM: a requirement and the in-scope test cases that cover it.' })
export class RttmRow implements Twin<domain.RttmRow, RttmRow> {
  @Field(() => NODE_TYPES.Requirement, { description: 'The requirement.' })
  requirement!: NodeSource;

  @Field(() => CoverageStatusEnum, { description: 'How the requirement is covered.' })
  status!: CoverageStatus;

  @Field(() => [NODE_TYPES.TestCase], { description: 'In-scope test cases that verify the requirement, by id.' })
  directTestCases!: NodeSource[];

  @Field(() => [ViaInterfaceCoverage], { description: 'In-scope test cases that exercise an interface realising the requirement.' })
  viaInterface!: ViaInterfaceCoverage[];
}

@ObjectType({ description: 'Row counts of the RTTM by coverage status.' })
export class RttmTotals implements Twin<domain.RttmTotals, RttmTotals> {
  @Field(() => Int, { description: 'Requirements in scope (rows).' })
  requirements!: number;

  @Field(() => Int, { description: 'Rows with status DIRECT.' })
  direct!: number;

  @Field(() => Int, { description: 'Rows with status VIA_INTERFACE.' })
  viaInterface!: number;

  @Field(() => Int, { description: 'Rows with status NONE.' })
  none!: number;

  @Field(() => Float, { description: '(direct + viaInterface) / requirements × 100, to one decimal place; 0 when there are no requirements.' })
  coveragePercent!: number;
}

@ObjectType({ description: 'A requirements traceability matrix: requirement × test case, with coverage per row.' })
export class Rttm implements Twin<domain.Rttm, Rttm> {
  @Field(() => RttmScope, { description: 'The scope the matrix was built for.' })
  scope!: RttmScope;

  @Field(() => [RttmRow], { description: 'One row per in-scope requirement, ordered by requirement id.' })
  rows!: RttmRow[];

  @Field(() => RttmTotals, { description: 'Row counts and coverage.' })
  totals!: RttmTotals;

  @Field(() => [NODE_TYPES.Requirement], { description: 'The requirements with status NONE.' })
  uncovered!: NodeSource[];
}
