/**
 * The formats each query's answer can be exported in, declared once: the CLI's `--format` choices
 * (the first is its default) and the explorer's download links (/export/<query>.<format>) both
 * render through these, so a file from either is the same file.
 */
import type { CodeTrace, ImpactResult, RoleView, Rttm } from '../domain/results.js';
import { renderCodeTraceText } from './code-trace.js';
import { renderRttmCsv } from './csv.js';
import { renderImpactMarkdown, renderImpactText } from './impact.js';
import { renderJson } from './json.js';
import { renderRttmMarkdown } from './markdown.js';
import { renderRoleChecklistMarkdown, renderRoleViewText } from './role-view.js';
import { renderWorkbook } from './xlsx-thread.js';
import { codeTraceTable, impactTable, renderTableCsv, renderTableWorkbook, roleViewTable, type Table } from './table.js';

/** Renderers by format name. */
export type Renderers<R> = Readonly<Record<string, (result: R) => string | Promise<Buffer>>>;

/** The file formats of a result that one table holds. */
const tableFormats = <R>(table: (result: R) => Table) => ({
  csv: (result: R) => renderTableCsv(table(result)),
  xlsx: (result: R) => renderTableWorkbook(table(result)),
});

export const RTTM_FORMATS: Renderers<Rttm> = {
  csv: renderRttmCsv,
  md: renderRttmMarkdown,
  json: renderJson,
  xlsx: (r) => renderWorkbook('renderRttmXlsx', r),
};

export const IMPACT_FORMATS: Renderers<ImpactResult> = { text: renderImpactText, md: renderImpactMarkdown, json: renderJson, ...tableFormats(impactTable) };

export const CODE_TRACE_FORMATS: Renderers<CodeTrace> = { text: renderCodeTraceText, json: renderJson, ...tableFormats(codeTraceTable) };

export const ROLE_VIEW_FORMATS: Renderers<RoleView> = {
  text: renderRoleViewText,
  md: renderRoleChecklistMarkdown,
  json: renderJson,
  ...tableFormats(roleViewTable),
};
