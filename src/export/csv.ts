/**
 * RTTM as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF,
 * quotes doubled).
 *
 * Deliberately no totals line: a CSV is loaded as a table (Excel filters, pandas, a test tool's
 * import), and a trailing summary row would be read as one more requirement. The totals are in
 * the Markdown, JSON and XLSX (Summary sheet) exports.
 */
import type { Rttm } from '../domain/results.js';
import { RTTM_COLUMNS, rttmCells } from './rttm-table.js';

const NEEDS_QUOTES = /[",\r\n]/;

export const csvField = (value: string): string => (NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export const toCsv = (records: readonly (readonly string[])[]): string =>
  records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');

export const renderRttmCsv = (rttm: Rttm): string => toCsv([RTTM_COLUMNS, ...rttm.rows.map(rttmCells)]);
