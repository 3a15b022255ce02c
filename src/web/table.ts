/** A sortable, filterable table: click a heading to sort by it (again to reverse), type to filter rows. */
import { h } from './dom';

export interface Column<R> {
  readonly title: string;
  readonly cell: (row: R) => Node | string;
  /** What the column sorts and filters by. */
  readonly text: (row: R) => string | number;
}

export interface TableOptions<R> {
  readonly rowClass?: (row: R) => string;
  /** Extra predicate on top of the text filter (e.g. the RTTM's status check boxes). */
  readonly extraFilter?: () => (row: R) => boolean;
  readonly caption?: string;
}

export interface DataTable {
  readonly element: HTMLElement;
  /** Re-applies the filters, e.g. after a check box outside the table changed. */
  refresh(): void;
}

const compare = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en', { numeric: true });

export function dataTable<R>(rows: readonly R[], columns: readonly Column<R>[], options: TableOptions<R> = {}): DataTable {
  let sortColumn = -1;
  let descending = false;
  const filter = h('input', { type: 'search', class: 'table-filter', placeholder: 'Filter rows…', 'aria-label': 'Filter rows' });
  const count = h('span', { class: 'table-count' });
  const body = h('tbody');
  const headings = columns.map((column, i) =>
    h(
      'th',
      {
        scope: 'col',
        tabindex: 0,
        title: 'Sort',
        onclick: () => sortBy(i),
        onkeydown: (event: Event) => {
          const { key } = event as KeyboardEvent;
          if (key !== 'Enter' && key !== ' ') return;
          event.preventDefault();
          sortBy(i);
        },
      },
      column.title,
    ),
  );

  function sortBy(i: number): void {
    descending = sortColumn === i ? !descending : false;
    sortColumn = i;
    headings.forEach((th, j) => th.setAttribute('aria-sort', j === i ? (descending ? 'descending' : 'ascending') : 'none'));
    refresh();
  }

  function refresh(): void {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const extra = options.extraFilter?.() ?? (() => true);
    const shown = rows.filter((row) => {
      const text = columns.map((c) => String(c.text(row))).join(' ').toLowerCase();
      return words.every((w) => text.includes(w)) && extra(row);
    });
    const column = columns[sortColumn];
    if (column) shown.sort((a, b) => (descending ? -1 : 1) * compare(column.text(a), column.text(b)));
    body.replaceChildren(...shown.map((row) => h('tr', { class: options.rowClass?.(row) }, columns.map((c) => h('td', {}, c.cell(row))))));
    count.textContent = `${shown.length} of ${rows.length} rows`;
  }

  filter.addEventListener('input', refresh);
  refresh();
  const table = h('table', { class: 'data' }, options.caption ? h('caption', {}, options.caption) : null, h('thead', {}, h('tr', {}, headings)), body);
  return { element: h('div', { class: 'table-wrap' }, h('div', { class: 'table-tools' }, filter, count), table), refresh };
}
