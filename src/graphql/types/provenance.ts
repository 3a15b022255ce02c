/**
 * Provenance and proposals as GraphQL types: the three states an element or relationship can be
 * in (a fact from a paper, an example, an inference), and the change request proposing it.
 */
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ProposalChange, ProvenanceState } from '../../model/provenance.js';
import { PROPOSAL_CHANGES, PROVENANCE_STATES } from '../../model/provenance.js';
import { enumOf } from '../model-types.js';

@ObjectType({ description: 'Where a fact of the design comes from: a programme paper and the heading it was read under.' })
export class Provenance {
  @Field(() => String, { description: 'File name of the seed paper.' })
  paper!: string;

  @Field(() => String, { description: 'Title of the seed paper.' })
  paperTitle!: string;

  @Field(() => String, { description: 'The heading of the paper the fact was read under.' })
  section!: string;
}

export const ProvenanceStateEnum = enumOf(PROVENANCE_STATES);
registerEnumType(ProvenanceStateEnum, {
  name: 'ProvenanceState',
  description: 'Where an element or relationship comes from.',
  valuesConfig: {
    SOURCE: { description: 'A fact a programme paper states (see `provenance` / `source`).' },
    EXAMPLE: { description: 'An illustration written for this repository, not baselined design.' },
    INFERRED: { description: 'A judgement no paper states, disclosed with its reason.' },
    RECORDED: { description: 'A record of what happened (a test result), imported from the test report it names.' },
  },
});

export const ProposalChangeEnum = enumOf(PROPOSAL_CHANGES);
registerEnumType(ProposalChangeEnum, {
  name: 'ProposalChange',
  description: 'What a change request proposes for an element or relationship.',
  valuesConfig: {
    ADD: { description: 'Not in the baselined design; present only when the change request is included.' },
    MODIFY: { description: 'In the baselined design, and changed by the change request.' },
    REMOVE: { description: 'In the baselined design; gone when the change request is included.' },
  },
});

@ObjectType({ description: 'A change request proposing an element or relationship instead of the baselined design holding it.' })
export class Proposal {
  @Field(() => ID, { description: 'The proposing change request, e.g. `CR027`.' })
  changeRequest!: string;

  @Field(() => ProposalChangeEnum, { description: 'What it proposes.' })
  change!: ProposalChange;

  @Field(() => String, { nullable: true, description: 'What it proposes here, in words.' })
  note!: string | null;
}

@ObjectType({ description: "Where a relationship comes from: its own provenance, or its element's when it states none." })
export class RelationshipProvenance {
  @Field(() => ProvenanceStateEnum, { description: 'A fact from a paper, an example or an inference.' })
  state!: ProvenanceState;

  @Field(() => Provenance, { nullable: true, description: 'The paper and heading, for a fact.' })
  source!: Provenance | null;

  @Field(() => String, { nullable: true, description: 'Why the example exists, or the reason for the inference.' })
  note!: string | null;

  @Field(() => Boolean, { description: 'True when the relationship states no provenance of its own and has its element\'s.' })
  inherited!: boolean;
}
