/**
 * Interface flows: an interface's directions are written one way only. Its own `from` / `to`
 * say every sender sends it to every receiver; where that is not so, each sender → receiver pair
 * is an InterfaceFlow, and the interface then lists no senders or receivers of its own (two
 * statements of who sends what could disagree). A flow's id names its interface, sender and
 * receiver (`IF-021-SDS-TO-MDS`), so the id says what the pair is.
 */
import type { ModelProblem } from '../../errors.js';
import { isMapping, type ModelElement } from '../elements.js';
import type { ModelCheck } from './model-check.js';
import { problemAt, quoted } from './model-check.js';

/** The id a reference names: a bare id, or the `id` of `{id, …}`. */
const idOf = (entry: unknown): unknown => (isMapping(entry) ? entry.id : entry);

const hasOwnDirections = (element: ModelElement) => ['from', 'to'].some((key) => element.fields[key] !== undefined);

export const checkInterfaceFlows: ModelCheck = ({ elements, byId }) => {
  const problems: ModelProblem[] = [];
  for (const flow of elements) {
    if (flow.kind !== 'InterfaceFlow') continue;
    const [iface, from, to] = ['interface', 'from', 'to'].map((key) => idOf(flow.fields[key]));
    const target = typeof iface === 'string' ? byId.get(iface) : undefined;
    if (target?.kind === 'Interface' && hasOwnDirections(target)) {
      problems.push(
        problemAt(
          flow.document,
          [...flow.path, 'interface'],
          `${quoted(String(iface))} lists its own from/to: write its directions either there (every sender to every receiver) or as interface flows, not both`,
        ),
      );
    }
    if ([iface, from, to].every((id) => typeof id === 'string') && flow.id !== undefined && flow.id !== `${iface}-${from}-TO-${to}`) {
      problems.push(problemAt(flow.document, [...flow.path, 'id'], `an interface flow's id names its interface, sender and receiver: ${quoted(`${iface}-${from}-TO-${to}`)}`));
    }
  }
  return problems;
};
