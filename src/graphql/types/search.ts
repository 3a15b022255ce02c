/** The answer of `search`: the elements whose words begin with every term, with where they matched. */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { SearchField } from '../../store/search-words.js';
import type { NodeSource } from '../node-source.js';
import { Node } from './node.js';
import type * as domain from '../../domain/search.js';
import type { Twin } from './twin.js';

/** `ID: 'id'`, …: GraphQL enum values in upper case, the domain's field names inside. */
export const SearchFieldEnum = { ID: 'id', NAME: 'name', DESCRIPTION: 'description', TEXT: 'text' } as const satisfies Record<string, SearchField>;
registerEnumType(SearchFieldEnum, {
  name: 'SearchField',
  description: 'A field search reads.',
  valuesConfig: {
    ID: { description: 'The element\'s id, e.g. `BRS007-FR-001` (words `brs007`, `fr`, `001`).' },
    NAME: { description: 'The element\'s name.' },
    DESCRIPTION: { description: 'The element\'s description.' },
    TEXT: { description: 'A requirement\'s text.' },
  },
});

@ObjectType({ description: 'An element the search found.' })
export class SearchHit implements Twin<domain.SearchHit, SearchHit> {
  @Field(() => Node, { description: 'The element.' })
  node!: NodeSource;

  @Field(() => [SearchFieldEnum], { description: 'The fields in which one of the terms begins a word, in the order ID, NAME, DESCRIPTION, TEXT.' })
  matchedFields!: SearchField[];
}

@ObjectType({ description: 'The elements in which every term of the search text begins a word, ordered by id.' })
export class SearchResult implements Twin<domain.SearchResult, SearchResult> {
  @Field(() => [String], { description: 'The different words of the text, lower-cased, in the order written: what was searched for.' })
  terms!: string[];

  @Field(() => Int, { description: 'How many elements match, however many hits were asked for.' })
  totalCount!: number;

  @Field(() => [SearchHit], { description: 'The first `first` matching elements, by id.' })
  hits!: SearchHit[];
}
