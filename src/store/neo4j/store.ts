/**
 * The GraphStore port on Neo4j. Each port call is one Cypher statement in one auto-commit read
 * transaction (retried once when retriable), whatever the number of ids — the
 * DataLoaders and breadth-first walks above rely on that to keep round-trips proportional to
 * query depth. Answers are ordered and shaped exactly as the memory store's.
 */
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import type { Direction, ExpandedNode, GraphNode, GraphStore, Hop, HopTree, Neighbour, NeighbourNode, NodeQuery, Page, PageRequest, Reach, ReachQuery, SearchQuery, StoreHealth } from '../port.js';
import { isNodeKind } from '../../model/kinds.js';
import { isRelationshipType } from '../../model/relationships.js';
import { storeErrorOf, type Neo4jTarget } from './driver-errors.js';
import { graphNodeOf, relationshipMetaOf, toSafeNumber } from './properties.js';
import { expandQuery, listQuery, modelMetaQuery, neighboursQuery, nodesQuery, searchQuery, type CypherQuery } from './read-queries.js';
import { byId, byTypeDirectionId } from '../order.js';
import { reachOf, reachQuery } from './reach-query.js';
import { CLOSE_DEADLINE_MS, QUERY_DEADLINE_MS, storeDeadline } from './deadline.js';
import { CONNECTION_POOL_SIZE, ReadSlots } from './read-slots.js';

export interface Neo4jStoreOptions extends Neo4jTarget {
  /** Called before each statement is sent; tests count round-trips with it. */
  readonly onQuery?: (query: CypherQuery) => void;
  /** Each call's deadline, sent to Neo4j as the transaction timeout too. @default QUERY_DEADLINE_MS */
  readonly queryTimeoutMs?: number;
}

export interface ModelMeta {
  readonly modelHash: string | null;
  /** A hash of the declarations (GRAPH_SCHEMA_VERSION); graphs seeded before it was one hold a number. */
  readonly graphSchemaVersion: string | null;
  readonly nodeCount: number;
}

type Row = Readonly<Record<string, unknown>>;

/** Before the one retry of a read: the driver's first retry delay for managed transactions. */
const RETRY_DELAY_MS = 1_000;

/** A neighbour as `neighboursQuery` lists it: `[type, direction, id, kind, meta]`. */
type NeighbourRow = readonly [string, Direction, string, string, string];

/** A neighbour as `expandQuery` lists it for one tree: `[id, kind, meta, props, [one list per tree below]]`. */
type TreeRow = readonly [string, string, string, string, readonly (readonly TreeRow[])[]];

/** The neighbours over `tree`'s hop, by id, each with its element and its own neighbours below. */
const treeOf = ({ hop, then }: HopTree, rows: readonly TreeRow[]): NeighbourNode[] =>
  rows
    .map(([id, kind, meta, props, below]) => ({
      ...neighbourOf([hop.type, hop.direction, id, kind, meta]),
      node: graphNodeOf(id, kind, props),
      then: then.map((tree, i) => treeOf(tree, below[i]!)),
    }))
    .sort(byId);

function neighbourOf([type, direction, id, kind, meta]: NeighbourRow): Neighbour {
  if (!isRelationshipType(type) || !isNodeKind(kind)) throw new Error(`Neo4j returned a '${type}' relationship to a '${kind}' node, which this model version does not know`);
  return { type, direction, id, kind, ...relationshipMetaOf(meta) };
}

/** An element as `nodesQuery` and `listQuery` give it, with one `TreeRow` list per tree asked. */
const expandedOf = (id: string, kind: string, props: string, trees: readonly HopTree[], below: readonly (readonly TreeRow[])[] | undefined): ExpandedNode => ({
  node: graphNodeOf(id, kind, props),
  then: trees.map((tree, i) => treeOf(tree, below![i]!)),
});

const totalCountOf = (row: Row | undefined): number => toSafeNumber((row?.totalCount ?? 0) as Integer | number);

const nodesOf = (page: Page<ExpandedNode>): Page<GraphNode> => ({ ...page, items: page.items.map(({ node }) => node) });

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j' as const;
  /** Reads beyond the pool's size wait here rather than in the driver's queue: see read-slots.ts. */
  private readonly slots = new ReadSlots(CONNECTION_POOL_SIZE);

  /** Takes ownership of `driver`: `close()` closes it. */
  constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jStoreOptions,
  ) {}

  async nodes(ids: readonly string[]): Promise<readonly (GraphNode | null)[]> {
    return (await this.expandNodes(ids, [])).map((expanded) => expanded?.node ?? null);
  }

  async expandNodes(ids: readonly string[], trees: readonly HopTree[]): Promise<readonly (ExpandedNode | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.read(nodesQuery(ids, trees));
    const byId = new Map(rows.map((r) => [r.id as string, expandedOf(r.id as string, r.kind as string, r.props as string, trees, r.trees as TreeRow[][] | undefined)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(query: NodeQuery, page: PageRequest): Promise<Page<GraphNode>> {
    return nodesOf(await this.expandList(query, page, []));
  }

  async expandList(query: NodeQuery, page: PageRequest, trees: readonly HopTree[]): Promise<Page<ExpandedNode>> {
    const [row] = await this.read(listQuery(query, page, trees));
    const items = (row?.page ?? []) as [string, string, string, TreeRow[][]][];
    return {
      items: items.map(([id, kind, props, below]) => expandedOf(id, kind, props, trees, below)),
      hasNextPage: row?.hasNextPage === true,
      totalCount: totalCountOf(row),
    };
  }

  /** The row's `page` holds up to `first + 1` matches, the extra one telling that more follow. */
  async search(query: SearchQuery, first: number): Promise<Page<GraphNode>> {
    const [row] = await this.read(searchQuery(query, first));
    const matches = (row?.page ?? []) as [string, string, string][];
    const shown = Math.max(0, first);
    return {
      items: matches.slice(0, shown).map(([id, kind, props]) => graphNodeOf(id, kind, props)),
      hasNextPage: matches.length > shown,
      totalCount: totalCountOf(row),
    };
  }

  async neighbours(ids: readonly string[], hops: readonly Hop[]): Promise<readonly (readonly Neighbour[])[]> {
    const query = neighboursQuery(ids, hops);
    const byId = new Map<string, Neighbour[]>();
    for (const r of query ? await this.read(query) : []) {
      byId.set(r.id as string, (r.neighbours as NeighbourRow[]).map(neighbourOf).sort(byTypeDirectionId));
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async expand(ids: readonly string[], trees: readonly HopTree[]): Promise<readonly (readonly (readonly NeighbourNode[])[])[]> {
    const query = expandQuery(ids, trees);
    const byId = new Map<string, (readonly NeighbourNode[])[]>();
    for (const r of query ? await this.read(query) : []) {
      byId.set(r.id as string, trees.map((tree, i) => treeOf(tree, (r.trees as TreeRow[][])[i]!)));
    }
    return ids.map((id) => byId.get(id) ?? trees.map(() => []));
  }

  async reach(query: ReachQuery): Promise<Reach> {
    const [row] = query.start.length === 0 ? [] : await this.read(reachQuery(query));
    return reachOf(query.start, row);
  }

  /** The seeded model's hash and graph schema version, and how many elements the graph holds. */
  async modelMeta(): Promise<ModelMeta> {
    const [row] = await this.read(modelMetaQuery);
    const version = row?.graphSchemaVersion as string | Integer | number | null | undefined;
    return {
      modelHash: (row?.modelHash as string | null | undefined) ?? null,
      graphSchemaVersion: version == null ? null : typeof version === 'string' ? version : String(toSafeNumber(version)),
      nodeCount: toSafeNumber((row?.nodeCount ?? 0) as Integer | number),
    };
  }

  async health(): Promise<StoreHealth> {
    const where = `Neo4j at ${this.options.uri}, database '${this.options.database}'`;
    try {
      const meta = await this.modelMeta();
      return {
        store: 'neo4j',
        ok: meta.modelHash !== null,
        detail: meta.modelHash === null ? `${where}: no model seeded; run \`npm run seed\`` : `${where}: reachable`,
        modelHash: meta.modelHash,
        nodeCount: meta.nodeCount,
      };
    } catch (err) {
      return { store: 'neo4j', ok: false, detail: `${where}: ${(err as Error).message}`, modelHash: null, nodeCount: null };
    }
  }

  /** Bounded: a frozen server would never acknowledge, and shutdown must not wait on it. */
  async close(): Promise<void> {
    await storeDeadline(this.driver.close(), CLOSE_DEADLINE_MS, this.options, 'close acknowledged').catch(() => undefined);
  }

  private get deadlineMs(): number {
    return this.options.queryTimeoutMs ?? QUERY_DEADLINE_MS;
  }

  /**
   * One statement as an auto-commit transaction: one round-trip (RUN and PULL), where a managed
   * transaction adds a COMMIT — half the latency and driver CPU of a read. Reads are
   * idempotent, so an error the driver calls retriable (the server unreachable, a transient
   * failure) gets one retry after a second, as a managed transaction would get (see open.ts).
   */
  private read(query: CypherQuery): Promise<readonly Row[]> {
    this.options.onQuery?.(query);
    // The deadline starts once the read has its slot, so that a busy pool is not taken for a
    // stalled Neo4j; at the deadline the slot passes on, whatever the driver is still waiting for.
    return this.slots.run(() => storeDeadline(this.readWithRetry(query), this.deadlineMs, this.options));
  }

  private async readWithRetry(query: CypherQuery): Promise<readonly Row[]> {
    try {
      return await this.runOnce(query).catch(async (err: unknown) => {
        if (!(err instanceof neo4j.Neo4jError && err.retriable)) throw err;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
        return this.runOnce(query);
      });
    } catch (err) {
      throw storeErrorOf(err, this.options);
    }
  }

  private async runOnce(query: CypherQuery): Promise<readonly Row[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    try {
      const { records } = await session.run(query.text, query.params, { timeout: this.deadlineMs });
      return records.map((r) => r.toObject() as Row);
    } finally {
      await session.close();
    }
  }
}
