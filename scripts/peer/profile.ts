/**
 * Where this API's time goes per request, for `npm run bench:peer -- --profile <dir>`: the
 * benchmark's process (this API's server, its Neo4j driver and the benchmark's HTTP client)
 * sampled by V8's CPU profiler while it asks one question of this API alone, summarised as
 * CPU ms per request by package (or folder of src/), and the heaviest functions. The profile
 * itself is written for Chrome DevTools / speedscope.
 */
import { writeFile } from 'node:fs/promises';
import { Session, type Profiler, type Runtime } from 'node:inspector/promises';

/** Runs `work` under the CPU profiler (sampling every 100 µs) and returns the profile. */
export async function profiled(work: () => Promise<void>): Promise<Profiler.Profile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    await work();
    return (await session.post('Profiler.stop')).profile;
  } finally {
    session.disconnect();
  }
}

/** What a sampled function belongs to: a package, a folder of this repository, a part of Node, or V8. */
function bucketOf({ url, functionName }: Runtime.CallFrame): string {
  if (url === '') return functionName.startsWith('(') ? functionName : `V8 built-in (${functionName || 'anonymous'})`;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.includes('node:internal/deps/undici')) return 'node fetch (the benchmark client)';
  const inRepo = /\/(src|scripts)\/(?:([^/]+)\/)?/.exec(url);
  if (inRepo) return `${inRepo[1]}/${inRepo[2] ?? ''}`;
  const builtin = /^node:(?:internal\/)?([^/]+)/.exec(url);
  return builtin ? `node:${builtin[1]}` : url;
}

export interface ProfileSummary {
  /** CPU ms per request by bucket, heaviest first; idle left out. */
  readonly buckets: readonly { readonly bucket: string; readonly msPerRequest: number }[];
  /** The heaviest functions by self time, ms per request. */
  readonly functions: readonly { readonly name: string; readonly msPerRequest: number }[];
  readonly busyMsPerRequest: number;
}

export function summarise(profile: Profiler.Profile, requests: number): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const byBucket = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id)!;
    // Idle, and the inspector session's own `dispatch` (serialising the profile at the stop).
    if (callFrame.functionName === '(idle)' || (callFrame.url === '' && callFrame.functionName === 'dispatch')) continue;
    const bucket = bucketOf(callFrame);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + us);
    const where = callFrame.url ? `${callFrame.url.replace(/^.*\/(node_modules|src|scripts)\//, '$1/')}:${callFrame.lineNumber + 1}` : '';
    const name = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const perRequest = (entries: Map<string, number>) =>
    [...entries].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, msPerRequest: us / 1000 / requests }));
  const buckets = perRequest(byBucket).map(({ name, msPerRequest }) => ({ bucket: name, msPerRequest }));
  return {
    buckets,
    functions: perRequest(byFunction).slice(0, 12),
    busyMsPerRequest: buckets.reduce((sum, b) => sum + b.msPerRequest, 0),
  };
}

export const writeProfile = (file: string, profile: Profiler.Profile) => writeFile(file, JSON.stringify(profile));
