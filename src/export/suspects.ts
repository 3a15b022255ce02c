/**
 * Suspect links for people: each link with the change that made it suspect — which end changed,
 * which fields, reviewed value -> current value — as text, Markdown, or one table (a row per
 * changed field) for CSV and Excel.
 */
import type { LinkReview, ReviewTotals, SuspectReport } from '../domain/results.js';
import { endOf, opposite } from '../domain/suspects.js';
import { toCsv } from './csv.js';
import { shownValue } from './diff.js';
import { mdTable } from './markdown-table.js';
import { renderWorkbook } from './xlsx-thread.js';

export const linkText = (link: LinkReview): string => `${link.from.id} -[:${link.type}]-> ${link.to.id}`;

/** Each changed end of a suspect link, with the element across from it to re-review. */
const changedEnds = (link: LinkReview) =>
  link.changed.map(({ end, fields }) => ({ changed: endOf(link, end), toReview: endOf(link, opposite(end)), fields }));

export const describeTotals = (t: ReviewTotals): string =>
  `${t.valid + t.suspect + t.unreviewed} links subject to review: ${t.valid} valid, ${t.suspect} suspect, ${t.unreviewed} unreviewed`;

const NOT_IN_HISTORY = '(the reviewed version is in no commit of the model history)';

function linkEntry(link: LinkReview): string {
  const head = `  ${link.state.padEnd(10)} ${linkText(link)}\n`;
  return `${head}${changedEnds(link)
    .map(({ changed, toReview, fields }) => {
      const lines = fields?.map((f) => `        ${f.field}: ${shownValue(f.old)} -> ${shownValue(f.new)}\n`).join('') ?? `        ${NOT_IN_HISTORY}\n`;
      return `      ${changed.id} changed since the review; re-review ${toReview.id}\n${lines}`;
    })
    .join('')}`;
}

export function renderSuspectsText(report: SuspectReport): string {
  const n = report.links.length;
  return `${n} link${n === 1 ? '' : 's'} listed; ${describeTotals(report.totals)}\n${report.links.map(linkEntry).join('')}`;
}

export const SUSPECT_COLUMNS = ['State', 'Relationship', 'From', 'To', 'Changed', 'Re-review', 'Field', 'Reviewed', 'Now'] as const;

export function suspectRows(report: SuspectReport): string[][] {
  return report.links.flatMap((link) => {
    if (link.state !== 'SUSPECT') return [[link.state, link.type, link.from.id, link.to.id, '', '', '', '', '']];
    return changedEnds(link).flatMap(({ changed, toReview, fields }) => {
      const row = (field: string, old: string, now: string) => [link.state, link.type, link.from.id, link.to.id, changed.id, toReview.id, field, old, now];
      if (fields === null) return [row('', NOT_IN_HISTORY, '')];
      return fields.map((f) => row(f.field, shownValue(f.old), shownValue(f.new)));
    });
  });
}

export const renderSuspectsCsv = (report: SuspectReport): string => toCsv([SUSPECT_COLUMNS, ...suspectRows(report)]);

export const renderSuspectsMarkdown = (report: SuspectReport): string =>
  `# ${report.links.length} links listed\n\n${describeTotals(report.totals)}\n\n${report.links.length > 0 ? mdTable(SUSPECT_COLUMNS, suspectRows(report)) : ''}`;

export function renderSuspectsXlsx(report: SuspectReport): Promise<Buffer> {
  const t = report.totals;
  return renderWorkbook(
    'renderTableXlsx',
    { name: 'Links', columns: SUSPECT_COLUMNS, widths: [12, 14, 20, 20, 20, 20, 14, 40, 40], rows: suspectRows(report) },
    [['Valid', t.valid], ['Suspect', t.suspect], ['Unreviewed', t.unreviewed]],
  );
}
