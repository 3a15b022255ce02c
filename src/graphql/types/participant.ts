/** A programme participant the recorded test results name. */
import { Field, Int, ObjectType } from 'type-graphql';
import type * as domain from '../../domain/results.js';
import type { Twin } from './twin.js';

@ObjectType({ description: 'A programme participant (organisation) that recorded test results name, with how much evidence it has.' })
export class TestParticipant implements Twin<domain.TestParticipant, TestParticipant> {
  @Field(() => String, { description: 'The organisation, as the results write it: the value `rttm(participant:)` and `roleView(participant:)` take.' })
  name!: string;

  @Field(() => Int, { description: 'How many results name it.' })
  results!: number;

  @Field(() => [String], { description: 'The runs it has results in, by name.' })
  runs!: string[];

  @Field(() => String, { description: 'When its latest result was executed (ISO 8601, as recorded).' })
  latestExecutedAt!: string;
}
