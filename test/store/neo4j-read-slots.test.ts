/**
 * The Neo4j store's admission of reads: never more in flight than slots, the rest served first
 * come first served, and a failed read frees its slot like an answered one — so that when Neo4j
 * is down the queue keeps moving.
 */
import { describe, expect, it } from 'vitest';
import { ReadSlots } from '../../src/store/neo4j/read-slots.js';

/** A read that ends when the test says so. */
function pendingRead() {
  let end!: (outcome: 'answer' | 'failure') => void;
  const done = new Promise<string>((resolve, reject) => {
    end = (outcome) => (outcome === 'answer' ? resolve('answered') : reject(new Error('Neo4j is not reachable')));
  });
  return { done, end };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ReadSlots', () => {
  it('lets at most `size` reads run, admitting the waiting ones in arrival order as slots free up', async () => {
    const slots = new ReadSlots(2);
    const reads = Array.from({ length: 5 }, pendingRead);
    const started: number[] = [];
    const outcomes = Promise.allSettled(
      reads.map((read, i) =>
        slots.run(() => {
          started.push(i);
          return read.done;
        }),
      ),
    );
    await settle();
    expect(started).toEqual([0, 1]);

    reads[1]!.end('answer');
    await settle();
    expect(started).toEqual([0, 1, 2]);

    reads[0]!.end('failure');
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);

    for (const read of reads.slice(2)) read.end('answer');
    await expect(outcomes).resolves.toMatchObject([
      { status: 'rejected' },
      { status: 'fulfilled', value: 'answered' },
      { status: 'fulfilled' },
      { status: 'fulfilled' },
      { status: 'fulfilled' },
    ]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('passes a read that throws at once straight through, freeing its slot', async () => {
    const slots = new ReadSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('Neo4j is not reachable')))).rejects.toThrow('not reachable');
    await expect(slots.run(async () => 'answered')).resolves.toBe('answered');
  });
});
