/** The arguments of every root list: a forward Relay page, a text search and a property filter. */
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../page-size.js';
import { ScopeArgs } from '../scope-args.js';

@ArgsType()
export class ListArgs extends ScopeArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most this many elements (0–${MAX_PAGE_SIZE}).` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Only elements after this cursor (an `endCursor` or edge `cursor` from an earlier page).' })
  after?: string;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the id or name.' })
  search?: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Equality on the kind\'s own properties (its fields other than the Node fields and relationships), e.g. `requirements(where: {category: "FUNCTIONAL"})`; a list-valued property matches when it contains the value.',
  })
  where?: Record<string, unknown>;
}
