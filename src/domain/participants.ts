/**
 * The programme participants (organisations) the recorded test results name: what a tester can
 * scope an RTTM or a checklist by (`participant:`), with how much evidence each has. The papers
 * name no participant's results; every result in model/results says who ran it, or no one.
 */
import { byCodeUnits } from '../store/order.js';
import type { GraphStore } from '../store/port.js';
import { listAll } from './lookups.js';
import type { TestParticipant } from './results.js';

export async function testParticipants(store: GraphStore): Promise<readonly TestParticipant[]> {
  const byName = new Map<string, { results: number; runs: Set<string>; latest: string }>();
  for (const result of await listAll(store, { kind: 'TestResult' })) {
    const name = result.props.participant;
    if (typeof name !== 'string') continue;
    const seen = byName.get(name) ?? { results: 0, runs: new Set<string>(), latest: '' };
    seen.results += 1;
    seen.runs.add(String(result.props.run));
    const executedAt = String(result.props.executedAt);
    if (byCodeUnits(executedAt, seen.latest) > 0) seen.latest = executedAt;
    byName.set(name, seen);
  }
  return [...byName]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([name, { results, runs, latest }]) => ({ name, results, runs: [...runs].sort(byCodeUnits), latestExecutedAt: latest }));
}
