/**
 * One GraphQL object type per node kind of src/model/kinds.ts, with the kind's own properties.
 * The type's description comes from KINDS; relationship fields (both directions) are added from
 * RELATIONSHIPS by resolvers/relationship-fields.ts, so they are not declared here.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { KINDS, type NodeKind } from '../../model/kinds.js';
import { ArtefactTypeEnum, CodeBodyEnum, RequirementCategoryEnum, RoleCategoryEnum } from '../enums.js';
import { Node } from './node.js';

const nodeType = (kind: NodeKind) => ObjectType(kind, { description: KINDS[kind].description, implements: Node });

const DATE = 'YYYY-MM-DD, or YYYY-MM when the papers give only the month';

@nodeType('Artefact')
export class Artefact extends Node {
  @Field(() => ArtefactTypeEnum, { description: 'What sort of document the artefact is.' })
  type!: string;

  @Field(() => Int, { nullable: true, description: 'The design tranche (1–4) the artefact was delivered in.' })
  tranche!: number | null;

  @Field(() => String, { nullable: true, description: 'Document version.' })
  version!: string | null;

  @Field(() => String, { nullable: true, description: 'Document status (e.g. approved, in review).' })
  status!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of review comments received, where the papers give it.' })
  reviewComments!: number | null;
}

@nodeType('BusinessProcess')
export class BusinessProcess extends Node {
  @Field(() => String, { nullable: true, description: 'The theme of the end-to-end walkthrough that covered the process.' })
  walkthroughTheme!: string | null;

  @Field(() => [String], { nullable: true, description: 'The market constituencies marked for the process in the walkthrough table.' })
  constituencies!: string[] | null;
}

@nodeType('ProcessStep')
export class ProcessStep extends Node {
  @Field(() => Int, { description: 'Position of the step within its process, from 1.' })
  sequence!: number;
}

@nodeType('Interface')
export class Interface extends Node {
  @Field(() => String, { nullable: true, description: 'How the interface is carried (e.g. via the DIP).' })
  mechanism!: string | null;
}

@nodeType('DataItem')
export class DataItem extends Node {}

@nodeType('Requirement')
export class Requirement extends Node {
  @Field(() => String, { description: 'The requirement statement.' })
  text!: string;

  @Field(() => RequirementCategoryEnum, { description: 'Functional or non-functional.' })
  category!: string;
}

@nodeType('Role')
export class Role extends Node {
  @Field(() => RoleCategoryEnum, { description: 'Market role, central service or TOM service.' })
  category!: string;

  @Field(() => [CodeBodyEnum], { nullable: true, description: 'The industry codes that govern the role.' })
  codeBodies!: string[] | null;

  @Field(() => String, { nullable: true, description: 'The nearest role of the legacy (pre-MHHS) arrangements.' })
  legacyRole!: string | null;
}

@ObjectType({ description: 'An entry interval of a test phase: when a group of participant systems enters it.' })
export class EntryInterval {
  @Field(() => Int, { description: 'Interval number, from 1.' })
  number!: number;

  @Field(() => [String], { description: 'The systems entering in this interval.' })
  systems!: string[];

  @Field(() => String, { nullable: true, description: `Start date: ${DATE}.` })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: `End date: ${DATE}.` })
  endDate!: string | null;
}

@nodeType('TestPhase')
export class TestPhase extends Node {
  @Field(() => String, { nullable: true, description: `Start date: ${DATE}.` })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: `End date: ${DATE}.` })
  endDate!: string | null;

  @Field(() => [EntryInterval], { nullable: true, description: 'The entry intervals of the phase, where it has them (SIT CIT).' })
  entryIntervals!: EntryInterval[] | null;
}

@nodeType('TestScenario')
export class TestScenario extends Node {}

@nodeType('TestCase')
export class TestCase extends Node {
  @Field(() => [String], { nullable: true, description: 'The test steps, in order.' })
  steps!: string[] | null;
}

@nodeType('ChangeRequest')
export class ChangeRequest extends Node {
  @Field(() => String, { nullable: true, description: 'Who raised the change request.' })
  raiser!: string | null;

  @Field(() => String, { nullable: true, description: 'The type of change.' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Approval status (e.g. approved, rejected, withdrawn).' })
  approvalStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'Stage of the change control process.' })
  stage!: string | null;
}

@nodeType('DesignRelease')
export class DesignRelease extends Node {
  @Field(() => String, { nullable: true, description: `Release date: ${DATE}.` })
  date!: string | null;
}

@nodeType('CodeClause')
export class CodeClause extends Node {
  @Field(() => CodeBodyEnum, { description: 'The industry code the clause belongs to.' })
  code!: string;

  @Field(() => String, { description: 'The code document (e.g. BSC Section C).' })
  document!: string;

  @Field(() => String, { description: 'The clause reference within the document.' })
  clause!: string;
}

@nodeType('DesignPrinciple')
export class DesignPrinciple extends Node {
  @Field(() => Int, { description: 'The principle\'s number (0–15).' })
  number!: number;

  @Field(() => [String], { nullable: true, description: 'The PRI references the principle traces to.' })
  priReferences!: string[] | null;
}

/** The GraphQL type of each node kind. */
export const NODE_TYPES = {
  Artefact,
  BusinessProcess,
  ProcessStep,
  Interface,
  DataItem,
  Requirement,
  Role,
  TestPhase,
  TestScenario,
  TestCase,
  ChangeRequest,
  DesignRelease,
  CodeClause,
  DesignPrinciple,
} as const satisfies Record<NodeKind, typeof Node>;
