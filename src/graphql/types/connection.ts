/**
 * Relay cursor connections, one per node kind (`RequirementConnection`, `RequirementEdge`, …),
 * for the lists that grow with the model.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { NODE_KINDS, type NodeKind } from '../../model/kinds.js';
import type { NodeSource } from '../node-source.js';
import { NODE_TYPES } from './node-kinds.js';

@ObjectType({ description: 'Where a page of a connection sits in the whole list (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More elements follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'Always false: pagination is forward only (`first` / `after`), which the Relay spec allows to answer false.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first element of the page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last element of the page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface EdgeSource {
  readonly cursor: string;
  readonly node: NodeSource;
}

export interface ConnectionSource {
  readonly edges: readonly EdgeSource[];
  readonly pageInfo: PageInfo;
  readonly totalCount: number;
}

function connectionOf(kind: NodeKind): Function {
  @ObjectType(`${kind}Edge`, { description: `One ${kind} of a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this element; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => NODE_TYPES[kind], { description: `The ${kind}.` })
    node!: NodeSource;
  }

  @ObjectType(`${kind}Connection`, { description: `A page of ${kind} elements, ordered by id.` })
  class Connection {
    @Field(() => [Edge], { description: 'The elements of this page.' })
    edges!: EdgeSource[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many elements match the query, over all pages.' })
    totalCount!: number;
  }

  return Connection;
}

export const CONNECTION_TYPES = Object.fromEntries(NODE_KINDS.map((kind) => [kind, connectionOf(kind)])) as Record<NodeKind, Function>;
