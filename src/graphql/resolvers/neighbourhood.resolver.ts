/** `neighbourhood`: what the explorer draws around an element and lists as its links. */
import type { z } from 'zod';
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import {
  DEFAULT_NEIGHBOURHOOD_NODES,
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_NODES,
  neighbourhood,
} from '../../domain/neighbourhood.js';
import { descriptionOf, KINDS } from '../../model/kinds.js';
import type { GraphNode } from '../../store/port.js';
import type { ApiContext } from '../context.js';
import { loadersFor } from '../loaders.js';
import { withNodeSources } from '../node-source.js';
import { scopeFor, ScopeArgs } from '../scope-args.js';
import type { ElementProperty } from '../types/neighbourhood.js';
import { Neighbourhood } from '../types/neighbourhood.js';

@ArgsType()
class NeighbourhoodArgs extends ScopeArgs {
  @Field(() => ID, { description: 'The element at the centre, e.g. `IF-021`.' })
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: `Hops to follow, 1–${MAX_NEIGHBOURHOOD_DEPTH}.` })
  depth!: number;

  @Field(() => Int, {
    defaultValue: DEFAULT_NEIGHBOURHOOD_NODES,
    description: `At most this many elements, the centre included (1–${MAX_NEIGHBOURHOOD_NODES}); the nearest are kept.`,
  })
  maxNodes!: number;
}

const propertiesOf = ({ kind, props }: GraphNode): ElementProperty[] =>
  Object.entries(KINDS[kind].properties as z.ZodRawShape).map(([name, schema]) => ({
    name,
    description: descriptionOf(schema, `${kind}.${name}`),
    value: props[name] ?? null,
  }));

@Resolver()
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, {
    description:
      'The elements within `depth` hops of an element, following every relationship both ways, and the relationships between them: ' +
      'what the explorer draws. A NOT_FOUND error when no element has the id.',
  })
  async neighbourhood(@Args(() => NeighbourhoodArgs) { id, depth, maxNodes, includeProposed }: NeighbourhoodArgs, @Ctx() context: ApiContext) {
    const { scope, store } = await scopeFor(context, includeProposed);
    const result = await neighbourhood(store, { id, depth, maxNodes });
    const loaders = loadersFor(context, scope);
    for (const { node } of result.nodes) loaders.node.prime({ id: node.id }, node);
    return { ...withNodeSources(result, scope), properties: propertiesOf(result.centre) };
  }
}
