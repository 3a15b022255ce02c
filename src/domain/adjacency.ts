/**
 * One batched `neighbours` answer, indexed by the element it was asked for, so a query can read
 * one level of the graph for many elements from a single round-trip.
 */
import type { NodeKind } from '../model/kinds.js';
import { byCodeUnits } from '../store/order.js';
import type { GraphStore, Hop, Neighbour, Reach } from '../store/port.js';

export class Adjacency {
  private constructor(private readonly byId: ReadonlyMap<string, readonly Neighbour[]>) {}

  static async of(store: GraphStore, ids: readonly string[], hops: readonly Hop[]): Promise<Adjacency> {
    if (ids.length === 0) return new Adjacency(new Map());
    const lists = await store.neighbours(ids, hops);
    return new Adjacency(new Map(ids.map((id, i) => [id, lists[i] ?? []])));
  }

  /** The neighbours of a reach (port.ts): those of every element it went on from. */
  static within(reach: Reach): Adjacency {
    return new Adjacency(reach.neighbours);
  }

  /** Ids `id` reaches along `via`, by id (the port's order), optionally only those of `kind`. */
  from(id: string, via: Hop, kind?: NodeKind): string[] {
    return (this.byId.get(id) ?? [])
      .filter((n) => n.type === via.type && n.direction === via.direction && (!kind || n.kind === kind))
      .map((n) => n.id);
  }

  /** Ids any of the elements asked about reaches along `via`, once each, by id. */
  reached(via: Hop, kind?: NodeKind): string[] {
    return this.reachedFrom([...this.byId.keys()], via, kind);
  }

  /** Ids any of `ids` reaches along `via`, once each, by id. */
  reachedFrom(ids: readonly string[], via: Hop, kind?: NodeKind): string[] {
    return [...new Set(ids.flatMap((id) => this.from(id, via, kind)))].sort(byCodeUnits);
  }
}
