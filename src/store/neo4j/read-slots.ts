/**
 * How many reads the Neo4j store lets through to the driver at once, and where the others wait.
 *
 * Why not leave the waiting to the driver's connection pool: a request queued there moves on
 * only when a connection is released (or another request arrives). When Neo4j is down,
 * connections fail to open and none is ever released, so every request beyond the pool's size
 * sits out the whole `connectionAcquisitionTimeout` — with a timeout long enough for a busy pool
 * (30 s), 300 concurrent requests took 33 s to fail (neo4j-driver 6.3,
 * `Pool._processPendingAcquireRequests`). Admitting no more reads than the pool has connections
 * keeps the driver's queue empty: each read gets a connection or fails fast, and every read that
 * ends, answered or failed, lets the next one in.
 */

/** Connections in the driver's pool (the driver's default size), and so reads a store admits at once. */
export const CONNECTION_POOL_SIZE = 100;

/** At most `size` reads in flight; the others wait their turn, first come first served. */
export class ReadSlots {
  private inUse = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(read: () => Promise<T>): Promise<T> {
    if (this.inUse < this.size) this.inUse++;
    else await new Promise<void>((admit) => this.waiting.push(admit));
    try {
      return await read();
    } finally {
      // The slot passes straight to the next waiting read, so a newcomer cannot overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.inUse--;
    }
  }
}
