/** The answer of `impactAssessment`: what a design lead circulates for a change request. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { NodeSource, ProposalSource, RelationshipProvenanceSource } from '../node-source.js';
import { Impact } from './impact.js';
import { Node } from './node.js';
import { NODE_TYPES } from './node-kinds.js';
import { Path } from './path.js';
import { Proposal, RelationshipProvenance } from './provenance.js';

@ObjectType({ description: 'An element the change request changes, with the provenance of that link.' })
export class ChangeLink {
  @Field(() => Node, { description: 'The element changed.' })
  node!: NodeSource;

  @Field(() => RelationshipProvenance, { description: "Where the link comes from: a paper, an example, an inference, or (inherited) the CR's own." })
  provenance!: RelationshipProvenanceSource;

  @Field(() => Proposal, { nullable: true, description: 'Set when the link comes from what the change request proposes.' })
  proposedBy!: ProposalSource | null;
}

@ObjectType({ description: 'An impacted element and why, in a sentence.' })
export class AssessedElement {
  @Field(() => Node, { description: 'The element impacted.' })
  node!: NodeSource;

  @Field(() => Int, { description: 'Hops from the nearest changed element.' })
  depth!: number;

  @Field(() => Path, { description: 'The shortest path explaining it.' })
  path!: Path;

  @Field(() => String, { description: 'The path as a sentence: "BRS007-FR-001 is realised by IF-021, which CR023 changes".' })
  sentence!: string;
}

@ObjectType({ description: 'Elements of the assessment grouped under an element (an artefact, a role, a test phase).' })
export class NodeGroup {
  @Field(() => Node, { description: 'The artefact, role or test phase.' })
  node!: NodeSource;

  @Field(() => [Node], { description: 'The changed or impacted elements under it, by id.' })
  elements!: NodeSource[];
}

@ObjectType({ description: 'Elements of the assessment grouped under a name (a constituency, an industry code).' })
export class NamedGroup {
  @Field(() => String, { description: 'The constituency or the industry code.' })
  name!: string;

  @Field(() => [Node], { description: 'The elements under it, by id.' })
  elements!: NodeSource[];
}

@ObjectType({ description: 'Another change request that changes an element of this assessment.' })
export class OverlappingChangeRequest {
  @Field(() => NODE_TYPES.ChangeRequest, { description: 'The other change request.' })
  changeRequest!: NodeSource;

  @Field(() => [Node], { description: 'The changed or impacted elements it changes too, by id.' })
  shared!: NodeSource[];
}

@ObjectType({ description: 'Which design an answer (an impact assessment, an RTTM) was computed on.' })
export class ModelIdentity {
  @Field(() => String, { nullable: true, description: 'Content hash of the served model.' })
  modelHash!: string | null;

  @Field(() => String, { nullable: true, description: '`git rev-parse HEAD` of the model directory; null when it is not in a git repository.' })
  gitCommit!: string | null;
}

@ObjectType({ description: 'The impact assessment of a change request, with the summaries its constituencies act on.' })
export class ImpactAssessment {
  @Field(() => NODE_TYPES.ChangeRequest, { description: 'The change request, with its facts (raiser, type, status, stage).' })
  changeRequest!: NodeSource;

  @Field(() => NODE_TYPES.DesignRelease, { nullable: true, description: 'The design release implementing it, where the model says.' })
  implementedIn!: NodeSource | null;

  @Field(() => [ID], { description: 'The change requests whose proposals the design assessed includes; empty for the baselined design.' })
  includeProposed!: string[];

  @Field(() => ModelIdentity, { description: 'Which design the assessment was computed on.' })
  model!: ModelIdentity;

  @Field(() => [ChangeLink], { description: 'What the change request changes, each link with its provenance.' })
  changes!: ChangeLink[];

  @Field(() => Impact, { description: 'The impact walk the assessment is built on.' })
  impact!: Impact;

  @Field(() => [AssessedElement], { description: 'The impacted elements, ordered by (depth, kind, id), each with its sentence.' })
  elements!: AssessedElement[];

  @Field(() => [NodeGroup], { description: 'The artefacts to change-mark: those defining a changed or impacted element.' })
  byArtefact!: NodeGroup[];

  @Field(() => [NodeGroup], { description: 'The roles that must respond: impacted roles, and those impacted requirements, interfaces and steps involve.' })
  byRole!: NodeGroup[];

  @Field(() => [NamedGroup], { description: 'The constituencies the walkthrough table marks for the impacted processes.' })
  byConstituency!: NamedGroup[];

  @Field(() => [NodeGroup], { description: 'The test phases of the impacted test cases.' })
  byTestPhase!: NodeGroup[];

  @Field(() => [NamedGroup], { description: 'The impacted code clauses by industry code: what to redraft.' })
  byCode!: NamedGroup[];

  @Field(() => [OverlappingChangeRequest], { description: 'Other change requests changing an element of this assessment, with the shared elements.' })
  overlapping!: OverlappingChangeRequest[];

  @Field(() => [String], { description: 'Why part of the answer is empty, said rather than left blank.' })
  warnings!: string[];
}
