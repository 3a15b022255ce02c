/** RTTM as Markdown: a heading naming the scope, the table, then the totals. */
import type { Rttm } from '../domain/results.js';
import { mdTable } from './markdown-table.js';
import { describeScope, orphansLine, RTTM_COLUMNS, rttmCells, rttmTotalsLines } from './rttm-table.js';

export function renderRttmMarkdown(rttm: Rttm): string {
  const totals = rttmTotalsLines(rttm)
    .map(({ label, value, decimals }) => `**${label}**: ${value.toFixed(decimals)}`)
    .join(' · ');
  return [
    `# RTTM: ${describeScope(rttm.scope)}\n`,
    `Built from model ${rttm.model.modelHash ?? 'unknown'}, git commit ${rttm.model.gitCommit ?? 'unknown'}.\n`,
    ...rttm.scope.notes.map((note) => `> ${note}\n`),
    mdTable(RTTM_COLUMNS, rttm.rows.map(rttmCells)),
    `${totals}\n`,
    `**Test cases verifying no requirement** (${rttm.orphanTestCases.length}): ${orphansLine(rttm)}\n`,
  ].join('\n');
}
