/**
 * The GraphQL enums of the API itself (kinds, relationship types, directions, coverage), from the
 * model's and the domain's tables so that a new kind or relationship appears in the API without
 * touching this file. The enums of property values are named in src/model/kinds.ts and
 * registered by model-types.ts.
 */
import { registerEnumType } from 'type-graphql';
import { COVERAGE_STATUSES, type CoverageStatus, type LinkEnd, type LinkReview } from '../domain/results.js';
import { EXECUTION_STATUSES } from '../domain/executions.js';
import { codeBodySchema, KINDS, NODE_KINDS, testOutcomeSchema, type NodeKind } from '../model/kinds.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES } from '../model/relationships.js';
import { enumOf, graphqlEnumOf } from './model-types.js';

const describeEach = <T extends string>(values: readonly T[], describe: (v: T) => string) =>
  Object.fromEntries(values.map((v) => [v, { description: describe(v) }])) as Partial<Record<T, { description: string }>>;

export const NodeKindEnum = enumOf(NODE_KINDS);
registerEnumType(NodeKindEnum, {
  name: 'NodeKind',
  description: 'The kinds of element in the MHHS design graph.',
  valuesConfig: describeEach(NODE_KINDS, (kind: NodeKind) => KINDS[kind].description),
});

export const RelationshipTypeEnum = enumOf(RELATIONSHIP_TYPES);
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'The relationship types of the MHHS design graph.',
  valuesConfig: describeEach(RELATIONSHIP_TYPES, (type) => RELATIONSHIPS[type].description),
});

export const DirectionEnum = enumOf(['OUT', 'IN'] as const);
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which way a relationship was followed.',
  valuesConfig: {
    OUT: { description: 'From the element the relationship starts at to the element it points to.' },
    IN: { description: 'Backwards, from the element the relationship points to.' },
  },
});

export const CoverageStatusEnum = enumOf(COVERAGE_STATUSES);
registerEnumType(CoverageStatusEnum, {
  name: 'CoverageStatus',
  description: 'How an RTTM row is covered by test cases in scope.',
  valuesConfig: {
    DIRECT: { description: 'A test case in scope verifies the requirement.' },
    VIA_INTERFACE: { description: 'Only covered through a test case exercising an interface that realises the requirement.' },
    NONE: { description: 'No test case in scope covers the requirement.' },
  } satisfies Record<CoverageStatus, { description: string }>,
});

/** Also an argument of `codeTrace`. */
export const CodeBodyEnum = graphqlEnumOf(codeBodySchema);

export const ReviewStateEnum = enumOf(['VALID', 'SUSPECT', 'UNREVIEWED'] as const);
registerEnumType(ReviewStateEnum, {
  name: 'ReviewState',
  description: 'Whether a link still holds as reviewed (reviews.lock.yaml beside the model).',
  valuesConfig: {
    VALID: { description: 'The element the link depends on is as it was when the link was reviewed.' },
    SUSPECT: { description: 'The element the link depends on changed since the link was reviewed: re-review it.' },
    UNREVIEWED: { description: 'The link was never reviewed.' },
  },
});

const LINK_ENDS = {
  FROM: { description: 'The element the link starts from.' },
  TO: { description: 'The element the link points to.' },
} satisfies Record<LinkEnd, { description: string }>;

export const LinkEndEnum = enumOf(['FROM', 'TO'] as const);
registerEnumType(LinkEndEnum, { name: 'LinkEnd', description: 'One end of a link: the element it starts from, or the one it points to.', valuesConfig: LINK_ENDS });

export const LinkDependenceEnum = enumOf(['FROM', 'TO', 'BOTH'] as const);
registerEnumType(LinkDependenceEnum, {
  name: 'LinkDependence',
  description: 'The end(s) of a link whose change makes it suspect: those a change propagates from along it.',
  valuesConfig: {
    ...LINK_ENDS,
    BOTH: { description: 'Either end: a symmetric link (impact BOTH), suspect when either end changes.' },
  } satisfies Record<LinkReview['dependsOn'], { description: string }>,
});

/** The enum of TestResult.outcome, as the TestResult type registers it. */
export const TestOutcomeEnum = graphqlEnumOf(testOutcomeSchema, 'TestResult.outcome');

export const ExecutionStatusEnum = enumOf(EXECUTION_STATUSES);
registerEnumType(ExecutionStatusEnum, {
  name: 'ExecutionStatus',
  description: 'What the latest results of the test cases covering an RTTM row say.',
  valuesConfig: {
    PASSED: { description: 'Every one passed.' },
    FAILED: { description: 'At least one failed.' },
    BLOCKED: { description: 'None failed; at least one is blocked.' },
    NOT_RUN: { description: 'None failed or is blocked; at least one has no result, or was not run or skipped.' },
    NO_TEST_CASE: { description: 'No test case in scope covers the requirement.' },
  },
});
