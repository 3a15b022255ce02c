/** GitHub-flavoured Markdown tables, shared by the RTTM, impact and trace renderers. */

/** A pipe ends a cell and a newline ends the row: escape the one, flatten the other. */
export const mdCell = (value: string): string => value.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ');

export const mdTable = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.map(mdCell).join(' | ')} |\n`).join('');
