/**
 * One GraphQL object type per node kind of src/model/kinds.ts, with the kind's own properties.
 * The type's and each property's description come from KINDS (declared once there, on the zod
 * schemas); relationship fields (both directions) are derived from RELATIONSHIPS by
 * relationship-fields.ts and added by resolvers/relationship.resolvers.ts, so they are not
 * declared here.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { descriptionOf, entryIntervalSchema, KINDS, propertyDescription, type NodeKind } from '../../model/kinds.js';
import { ArtefactTypeEnum, CodeBodyEnum, RequirementCategoryEnum, RoleCategoryEnum } from '../enums.js';
import { Node } from './node.js';

const nodeType = (kind: NodeKind) => ObjectType(kind, { description: KINDS[kind].description, implements: Node });

const entryIntervalField = (field: keyof typeof entryIntervalSchema.shape) =>
  descriptionOf(entryIntervalSchema.shape[field], `EntryInterval.${field}`);

@nodeType('Artefact')
export class Artefact extends Node {
  @Field(() => ArtefactTypeEnum, { description: propertyDescription('Artefact', 'type') })
  type!: string;

  @Field(() => Int, { nullable: true, description: propertyDescription('Artefact', 'tranche') })
  tranche!: number | null;

  @Field(() => String, { nullable: true, description: propertyDescription('Artefact', 'version') })
  version!: string | null;

  @Field(() => String, { nullable: true, description: propertyDescription('Artefact', 'status') })
  status!: string | null;

  @Field(() => Int, { nullable: true, description: propertyDescription('Artefact', 'reviewComments') })
  reviewComments!: number | null;
}

@nodeType('BusinessProcess')
export class BusinessProcess extends Node {
  @Field(() => String, { nullable: true, description: propertyDescription('BusinessProcess', 'walkthroughTheme') })
  walkthroughTheme!: string | null;

  @Field(() => [String], { nullable: true, description: propertyDescription('BusinessProcess', 'constituencies') })
  constituencies!: string[] | null;
}

@nodeType('ProcessStep')
export class ProcessStep extends Node {
  @Field(() => Int, { description: propertyDescription('ProcessStep', 'sequence') })
  sequence!: number;
}

@nodeType('Interface')
export class Interface extends Node {
  @Field(() => String, { nullable: true, description: propertyDescription('Interface', 'mechanism') })
  mechanism!: string | null;

  @Field(() => Int, { nullable: true, description: propertyDescription('Interface', 'tranche') })
  tranche!: number | null;

  @Field(() => Int, { nullable: true, description: propertyDescription('Interface', 'reviewComments') })
  reviewComments!: number | null;
}

@nodeType('DataItem')
export class DataItem extends Node {}

@nodeType('Requirement')
export class Requirement extends Node {
  @Field(() => String, { description: propertyDescription('Requirement', 'text') })
  text!: string;

  @Field(() => RequirementCategoryEnum, { description: propertyDescription('Requirement', 'category') })
  category!: string;
}

@nodeType('Role')
export class Role extends Node {
  @Field(() => RoleCategoryEnum, { description: propertyDescription('Role', 'category') })
  category!: string;

  @Field(() => [CodeBodyEnum], { nullable: true, description: propertyDescription('Role', 'codeBodies') })
  codeBodies!: string[] | null;

  @Field(() => String, { nullable: true, description: propertyDescription('Role', 'legacyRole') })
  legacyRole!: string | null;
}

@ObjectType({ description: descriptionOf(entryIntervalSchema, 'EntryInterval') })
export class EntryInterval {
  @Field(() => Int, { description: entryIntervalField('number') })
  number!: number;

  @Field(() => [String], { description: entryIntervalField('systems') })
  systems!: string[];

  @Field(() => String, { nullable: true, description: entryIntervalField('startDate') })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: entryIntervalField('endDate') })
  endDate!: string | null;
}

@nodeType('TestPhase')
export class TestPhase extends Node {
  @Field(() => String, { nullable: true, description: propertyDescription('TestPhase', 'startDate') })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: propertyDescription('TestPhase', 'endDate') })
  endDate!: string | null;

  @Field(() => [EntryInterval], { nullable: true, description: propertyDescription('TestPhase', 'entryIntervals') })
  entryIntervals!: EntryInterval[] | null;
}

@nodeType('TestScenario')
export class TestScenario extends Node {}

@nodeType('TestCase')
export class TestCase extends Node {
  @Field(() => [String], { nullable: true, description: propertyDescription('TestCase', 'steps') })
  steps!: string[] | null;
}

@nodeType('ChangeRequest')
export class ChangeRequest extends Node {
  @Field(() => String, { nullable: true, description: propertyDescription('ChangeRequest', 'raiser') })
  raiser!: string | null;

  @Field(() => String, { nullable: true, description: propertyDescription('ChangeRequest', 'type') })
  type!: string | null;

  @Field(() => String, { nullable: true, description: propertyDescription('ChangeRequest', 'approvalStatus') })
  approvalStatus!: string | null;

  @Field(() => String, { nullable: true, description: propertyDescription('ChangeRequest', 'stage') })
  stage!: string | null;
}

@nodeType('DesignRelease')
export class DesignRelease extends Node {
  @Field(() => String, { nullable: true, description: propertyDescription('DesignRelease', 'date') })
  date!: string | null;

  @Field(() => String, { nullable: true, description: propertyDescription('DesignRelease', 'baseline') })
  baseline!: string | null;
}

@nodeType('CodeClause')
export class CodeClause extends Node {
  @Field(() => CodeBodyEnum, { description: propertyDescription('CodeClause', 'code') })
  code!: string;

  @Field(() => String, { description: propertyDescription('CodeClause', 'document') })
  document!: string;

  @Field(() => String, { description: propertyDescription('CodeClause', 'clause') })
  clause!: string;
}

@nodeType('DesignPrinciple')
export class DesignPrinciple extends Node {
  @Field(() => Int, { description: propertyDescription('DesignPrinciple', 'number') })
  number!: number;

  @Field(() => [String], { nullable: true, description: propertyDescription('DesignPrinciple', 'priReferences') })
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
