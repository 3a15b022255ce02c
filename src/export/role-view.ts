/** A role view as plain text: what a participant in the role must build and pass. */
import type { RoleView } from '../domain/results.js';
import { nodeSection } from './node-list.js';
import { nodeLabel } from './reached.js';

export function renderRoleViewText(view: RoleView): string {
  const processes = view.processes.map((p) => nodeSection(nodeLabel(p.process), p.steps, '  ')).join('');
  const phases = view.testCasesByPhase.map((p) => nodeSection(nodeLabel(p.phase), p.testCases, '  ')).join('');
  return [
    `Role ${nodeLabel(view.role)}\n`,
    nodeSection('Sends', view.sends),
    nodeSection('Receives', view.receives),
    `Takes part in (${view.processes.length})\n${processes}`,
    nodeSection('Must satisfy', view.requirements),
    `Must pass, by test phase (${view.testCasesByPhase.length})\n${phases}`,
  ].join('\n');
}
