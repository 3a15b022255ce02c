/**
 * `Promise.all(items.map(work))`, `size` at a time: concurrent, as a served store is used, but
 * without queueing hundreds of statements at once, which only makes a small test machine
 * slower (port-parity 29 s instead of 24 s on two cores). That the store copes with hundreds at
 * once is concurrency.test.ts's to show.
 */
export async function mapInBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}
