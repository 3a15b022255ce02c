/**
 * A role view as plain text (what a participant in the role must build and pass, with why each
 * interface and test case is listed) and as a Markdown checklist per phase with result status.
 */
import type { ChecklistEntry, RoleView } from '../domain/results.js';
import { mdTable } from './markdown-table.js';
import { nodeSection } from './node-list.js';
import { exampleMark, nodeLabel } from './reached.js';

const why = (because: readonly string[], indent: string) => because.map((path) => `${indent}  because ${path}\n`).join('');

const checkLine = (entry: ChecklistEntry) =>
  `    ${entry.outcome.padEnd(7)}  ${nodeLabel(entry.testCase)}${entry.latestResult ? `  (${entry.latestResult.id}, ${String(entry.latestResult.props.executedAt)})` : ''}\n${why(entry.because, '      ')}`;

export function renderRoleViewText(view: RoleView): string {
  const processes = view.processes.map((p) => nodeSection(nodeLabel(p.process), p.steps, '  ')).join('');
  const sends = view.sendsBecause.map((s) => `  ${nodeLabel(s.node)}\n${why(s.because, '    ')}`).join('');
  const phases = view.testCasesByPhase.map((p) => `  ${nodeLabel(p.phase)} (${p.checklist.length})\n${p.checklist.map(checkLine).join('')}`).join('');
  return [
    `Role ${nodeLabel(view.role)}${view.participant ? `, results of ${view.participant}` : ''}\n`,
    `Sends (${view.sends.length})\n${sends}`,
    nodeSection('Receives', view.receives),
    `Takes part in (${view.processes.length})\n${processes}`,
    nodeSection('Must satisfy', view.requirements),
    `Must pass, by test phase (${view.testCasesByPhase.length})\n${phases}`,
  ].join('\n');
}

/** The tester's checklist: per phase, each test case the role must pass with its latest result and why it is listed. */
export function renderRoleChecklistMarkdown(view: RoleView): string {
  const sections = view.testCasesByPhase.map((p) => {
    const passed = p.checklist.filter((e) => e.outcome === 'PASSED').length;
    const rows = p.checklist.map((e) => [
      e.outcome === 'PASSED' ? '[x]' : '[ ]',
      e.testCase.id,
      `${e.testCase.props.name}${exampleMark(e.testCase)}`,
      e.outcome,
      e.latestResult ? `${e.latestResult.id} (${String(e.latestResult.props.executedAt)})` : '',
      e.because.map((path) => `\`${path}\``).join('<br>'),
    ]);
    return `## ${p.phase.id} ${p.phase.props.name}: ${passed} of ${p.checklist.length} passed\n\n${mdTable(['Done', 'Test case', 'Name', 'Latest outcome', 'Latest result', 'Why listed'], rows)}`;
  });
  const who = view.participant ? `, results of ${view.participant}` : '';
  return `# Checklist: ${view.role.id} (${view.role.props.name})${who}\n\n${sections.join('\n')}`;
}
