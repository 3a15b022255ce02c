/** `search`: every element mentioning some words, whatever its kind ("find every element mentioning disconnection"). */
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { DEFAULT_SEARCH_RESULTS, MAX_SEARCH_RESULTS, MAX_SEARCH_TERMS, MAX_SEARCH_TEXT_LENGTH, search } from '../../domain/search.js';
import type { NodeKind } from '../../model/kinds.js';
import type { ApiContext } from '../context.js';
import { NodeKindEnum } from '../enums.js';
import { loadersFor } from '../loaders.js';
import { withNodeSources } from '../node-source.js';
import { scopeFor, ScopeArgs } from '../scope-args.js';
import { SearchResult } from '../types/search.js';

@ArgsType()
class SearchArgs extends ScopeArgs {
  @Field(() => String, {
    description:
      `Words to find, e.g. \`disconnection\` or \`brs013 demand disc\`: runs of ASCII letters and digits, case-insensitive; ` +
      `at most ${MAX_SEARCH_TEXT_LENGTH} characters and ${MAX_SEARCH_TERMS} different words.`,
  })
  text!: string;

  @Field(() => [NodeKindEnum], { nullable: true, description: 'Only elements of these kinds; every kind when absent.' })
  kinds?: NodeKind[] | null;

  @Field(() => Int, { defaultValue: DEFAULT_SEARCH_RESULTS, description: `At most this many hits (0–${MAX_SEARCH_RESULTS}).` })
  first!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchResult, {
    description:
      'Elements of any kind in which every word of `text` begins a word of the id, name, description or (for a requirement) text, ' +
      'ordered by id: `disconn` finds "Demand Disconnection Events", `brs013 fr` finds BRS013-FR-001 and its siblings. ' +
      'BAD_USER_INPUT for a text without words, too long or with too many words.',
  })
  async search(@Args(() => SearchArgs) { text, kinds, first, includeProposed }: SearchArgs, @Ctx() context: ApiContext) {
    const { scope, store } = await scopeFor(context, includeProposed);
    const result = await search(store, { text, kinds: kinds ?? undefined, first });
    // Later fields of the request (relationships, lookups) may ask for these elements again.
    const loaders = loadersFor(context, scope);
    for (const { node } of result.hits) loaders.node.prime({ id: node.id }, node);
    return withNodeSources(result, scope);
  }
}
