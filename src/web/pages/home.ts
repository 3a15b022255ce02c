/** The start page: one search box across every kind, hits as a list with kind badges. */
import { query } from '../api';
import { h, show } from '../dom';
import { ExplorerSearchDocument, type NodeKind } from '../generated/graphql';
import { KIND_COLOURS, kindLabel } from '../kinds';
import { elementLine, link, navigate, params, queryString } from '../nav';
import { errorBox } from './errors';

const KINDS = Object.keys(KIND_COLOURS) as NodeKind[];
const isKind = (s: string | null): s is NodeKind => KINDS.includes(s as NodeKind);

export function homePage(main: HTMLElement): void {
  const text = params().get('q') ?? '';
  const chosen = params().get('kind');
  const kind = isKind(chosen) ? chosen : undefined;
  const input = h('input', { type: 'search', name: 'q', value: text, placeholder: 'Search ids, names, descriptions — e.g. IF-021, disconnection, brs013 fr', autofocus: true, 'aria-label': 'Search' });
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const kinds = h(
    'select',
    { name: 'kind', 'aria-label': 'Only elements of this kind' },
    h('option', { value: '' }, 'every kind'),
    KINDS.map((k) => h('option', { value: k, selected: k === kind }, kindLabel(k))),
  );
  const form = h('form', { class: 'search', role: 'search' }, input, kinds, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/${queryString({ q: input.value.trim(), kind: kinds.value })}`);
  });
  show(
    main,
    h('h1', {}, 'Find an element'),
    form,
    results,
    h('p', { class: 'hint' }, 'Or start from a question: ', link('/explorer/impact', 'impact of a change'), ' · ', link('/explorer/rttm', 'RTTM'), ' · ', link('/explorer/codes', 'code trace'), ' · ', link('/explorer/role', 'role view'), '.'),
  );
  if (text !== '') void runSearch(text, kind, results);
}

async function runSearch(text: string, kind: NodeKind | undefined, results: HTMLElement): Promise<void> {
  show(results, h('p', { class: 'loading' }, 'Searching…'));
  try {
    const { search } = await query(ExplorerSearchDocument, { text, kinds: kind ? [kind] : undefined });
    show(
      results,
      h('p', { class: 'count' }, `${search.totalCount} element${search.totalCount === 1 ? '' : 's'} found${search.totalCount > search.hits.length ? `, the first ${search.hits.length} shown` : ''}`),
      h('ul', { class: 'hits' }, search.hits.map(({ node }) => h('li', {}, elementLine(node), node.description ? h('div', { class: 'description' }, node.description) : null))),
    );
  } catch (error) {
    show(results, errorBox(error));
  }
}
