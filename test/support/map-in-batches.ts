/**
 * `Promise.all(items.map(work))`, `size` at a time: concurrent, as a served store is used, but
 * without queueing hundreds of statements at once on a busy test machine (the driver's pool
 * would time out waiting for a connection).
 */
export async function mapInBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}
