/** Impact results for the CLI: plain text for the terminal, Markdown for a CR's assessment note. */
import type { ImpactResult } from '../domain/results.js';
import { nodeLabel, reachedMarkdown, reachedText } from './reached.js';

const headline = (impact: ImpactResult): string => {
  // A CR recorded before its scope is modelled changes nothing yet; say so rather than print a blank.
  const changed = impact.changed.map((n) => n.id).join(', ') || 'no modelled element';
  const what = impact.changeRequest ? `${impact.changeRequest.id} (${impact.changeRequest.props.name}), changing ${changed}` : changed;
  const n = impact.impacted.length;
  return `Impact of ${what}: ${n} element${n === 1 ? '' : 's'} impacted within depth ${impact.maxDepth}`;
};

/** The warnings, one a line, so an empty answer is never silent. */
export const warningLines = (impact: ImpactResult): string => impact.warnings.map((w) => `Warning: ${w}\n`).join('');

export function renderImpactText(impact: ImpactResult): string {
  const groups = impact.byKind.map((g) => `\n${g.kind} (${g.elements.length})\n${g.elements.map(reachedText).join('')}`);
  return `${headline(impact)}\n${warningLines(impact)}${groups.join('')}`;
}

export function renderImpactMarkdown(impact: ImpactResult): string {
  const changed = impact.changed.map((n) => `- ${nodeLabel(n)}`).join('\n');
  const groups = impact.byKind.map((g) => `\n## ${g.kind} (${g.elements.length})\n\n${reachedMarkdown(g.elements)}`);
  const warnings = impact.warnings.map((w) => `> **Warning:** ${w}\n`).join('');
  return `# ${headline(impact)}\n\n${warnings ? `${warnings}\n` : ''}Changed elements:\n\n${changed}\n${groups.join('')}`;
}
