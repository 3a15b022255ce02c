/** The start page: one search box across every kind, hits as a list with kind badges. */
import { query } from '../api';
import { h, show } from '../dom';
import { ExplorerSearchDocument } from '../generated/graphql';
import { elementLine, link, navigate, params, queryString } from '../nav';
import { errorBox } from './errors';

export function homePage(main: HTMLElement): void {
  const text = params().get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: text, placeholder: 'Search ids, names, descriptions — e.g. IF-021, disconnection, brs013 fr', autofocus: true, 'aria-label': 'Search' });
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const form = h('form', { class: 'search', role: 'search' }, input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/${queryString({ q: input.value.trim() })}`);
  });
  show(
    main,
    h('h1', {}, 'Find an element'),
    form,
    results,
    h('p', { class: 'hint' }, 'Or start from a question: ', link('/explorer/impact', 'impact of a change'), ' · ', link('/explorer/rttm', 'RTTM'), ' · ', link('/explorer/codes', 'code trace'), ' · ', link('/explorer/role', 'role view'), '.'),
  );
  if (text !== '') void runSearch(text, results);
}

async function runSearch(text: string, results: HTMLElement): Promise<void> {
  show(results, h('p', { class: 'loading' }, 'Searching…'));
  try {
    const { search } = await query(ExplorerSearchDocument, { text });
    show(
      results,
      h('p', { class: 'count' }, `${search.totalCount} element${search.totalCount === 1 ? '' : 's'} found${search.totalCount > search.hits.length ? `, the first ${search.hits.length} shown` : ''}`),
      h('ul', { class: 'hits' }, search.hits.map(({ node }) => h('li', {}, elementLine(node), node.description ? h('div', { class: 'description' }, node.description) : null))),
    );
  } catch (error) {
    show(results, errorBox(error));
  }
}
