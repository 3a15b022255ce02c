/**
 * A model diff for people: text for the terminal, Markdown for a pull request, and one table —
 * a row per change, property by property — for CSV and Excel.
 */
import type { ElementChange, FieldChange, ModelDiff, ModelVersion, Relationship } from '../domain/results.js';
import type { PropertyValue } from '../model/design-model.js';
import type { GraphNode } from '../store/port.js';
import { toCsv } from './csv.js';
import { mdTable } from './markdown-table.js';
import { exampleMark, nodeLabel } from './reached.js';
import { renderWorkbook } from './xlsx-thread.js';

/** `IR5 (ir5, 3f2c1a2b1234)`, `main~1 (8c94137aa1f0)`, `working tree`. */
export function describeVersion({ asked, ref, commit }: ModelVersion): string {
  if (commit === null) return 'working tree';
  const short = commit.slice(0, 12);
  return ref !== asked ? `${asked} (${ref}, ${short})` : `${asked} (${short})`;
}

/** A value as the diff shows it: JSON, so strings are quoted and absent is visible. */
export const shownValue = (value: PropertyValue | null): string => (value === null ? '(none)' : JSON.stringify(value));

export const relationshipText = ({ type, from, to }: Relationship): string => `${from} -[:${type}]-> ${to}`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function diffHeadline(diff: ModelDiff): string {
  const t = diff.totals;
  return (
    `Diff from ${describeVersion(diff.from)} to ${describeVersion(diff.to)}: ` +
    `${plural(t.elementsAdded + t.elementsRemoved + t.elementsChanged, 'element')} differ ` +
    `(${t.elementsAdded} added, ${t.elementsRemoved} removed, ${t.elementsChanged} changed), ` +
    `${plural(t.relationshipsAdded + t.relationshipsRemoved + t.relationshipsChanged, 'relationship')} differ ` +
    `(${t.relationshipsAdded} added, ${t.relationshipsRemoved} removed, ${t.relationshipsChanged} changed)`
  );
}

const fieldText = (f: FieldChange) => `      ${f.field}: ${shownValue(f.old)} -> ${shownValue(f.new)}\n`;
const changedText = (c: ElementChange) => `  ~ ${nodeLabel(c.node)}\n${c.fields.map(fieldText).join('')}`;
const nodeLine = (mark: string) => (n: GraphNode) => `  ${mark} ${nodeLabel(n)}\n`;

export function renderDiffText(diff: ModelDiff): string {
  const kinds = diff.byKind.map(
    (d) =>
      `\n${d.kind} (+${d.added.length} -${d.removed.length} ~${d.changed.length})\n` +
      d.added.map(nodeLine('+')).join('') +
      d.removed.map(nodeLine('-')).join('') +
      d.changed.map(changedText).join(''),
  );
  const relationships = diff.relationships.map(
    (d) =>
      `\n${d.type} (+${d.added.length} -${d.removed.length} ~${d.changed.length})\n` +
      d.added.map((r) => `  + ${relationshipText(r)}\n`).join('') +
      d.removed.map((r) => `  - ${relationshipText(r)}\n`).join('') +
      d.changed.map((r) => `  ~ ${relationshipText(r)}\n${r.fields.map(fieldText).join('')}`).join(''),
  );
  return `${diffHeadline(diff)}\n${kinds.join('')}${relationships.join('')}`;
}

export const DIFF_COLUMNS = ['Change', 'Kind or type', 'Id', 'Name', 'Field', 'Old', 'New'] as const;

/** One row per added or removed element, per changed property, per added or removed relationship. */
export function diffRows(diff: ModelDiff): string[][] {
  const name = (n: GraphNode) => `${n.props.name}${exampleMark(n)}`;
  return [
    ...diff.byKind.flatMap((d) => [
      ...d.added.map((n) => ['added', d.kind, n.id, name(n), '', '', '']),
      ...d.removed.map((n) => ['removed', d.kind, n.id, name(n), '', '', '']),
      ...d.changed.flatMap((c) => c.fields.map((f) => ['changed', d.kind, c.node.id, name(c.node), f.field, shownValue(f.old), shownValue(f.new)])),
    ]),
    ...diff.relationships.flatMap((d) => [
      ...d.added.map((r) => ['added', d.type, `${r.from} -> ${r.to}`, '', '', '', '']),
      ...d.removed.map((r) => ['removed', d.type, `${r.from} -> ${r.to}`, '', '', '', '']),
      ...d.changed.flatMap((r) => r.fields.map((f) => ['changed', d.type, `${r.from} -> ${r.to}`, '', f.field, shownValue(f.old), shownValue(f.new)])),
    ]),
  ];
}

export const renderDiffCsv = (diff: ModelDiff): string => toCsv([DIFF_COLUMNS, ...diffRows(diff)]);

export const renderDiffMarkdown = (diff: ModelDiff): string =>
  diffRows(diff).length === 0 ? `# ${diffHeadline(diff)}\n` : `# ${diffHeadline(diff)}\n\n${mdTable(DIFF_COLUMNS, diffRows(diff))}`;

export const diffSummary = ({ totals: t }: ModelDiff): [string, number][] => [
  ['Elements added', t.elementsAdded],
  ['Elements removed', t.elementsRemoved],
  ['Elements changed', t.elementsChanged],
  ['Relationships added', t.relationshipsAdded],
  ['Relationships removed', t.relationshipsRemoved],
  ['Relationships changed', t.relationshipsChanged],
];

export function renderDiffXlsx(diff: ModelDiff): Promise<Buffer> {
  return renderWorkbook('renderTableXlsx', { name: 'Diff', columns: DIFF_COLUMNS, widths: [10, 16, 34, 40, 16, 40, 40], rows: diffRows(diff) }, diffSummary(diff));
}
