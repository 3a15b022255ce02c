/** Download links for a query's answer: the server's /export/… endpoints, which write what the CLI writes. */
import { h } from './dom';

export type ExportQuery = 'rttm' | 'impact' | 'codes' | 'role';

const LABELS: Readonly<Record<string, string>> = { xlsx: 'Excel (XLSX)', csv: 'CSV', md: 'Markdown', json: 'JSON' };

export const downloadLinks = (query: ExportQuery, search: string, formats: readonly string[] = ['xlsx', 'csv']): HTMLElement =>
  h(
    'p',
    { class: 'downloads' },
    'Download: ',
    formats.map((format) => h('a', { href: `/export/${query}.${format}${search}`, download: '', 'data-format': format }, LABELS[format] ?? format)),
  );
