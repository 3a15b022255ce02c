/** Code trace (/explorer/codes?code=BSC): clause ↔ requirement for code drafters, with the gaps both ways, and downloads. */
import { query } from '../api';
import { formValues } from '../choices';
import { h, show } from '../dom';
import { downloadLinks } from '../downloads';
import { ExplorerCodeTraceDocument, type CodeBody, type ExplorerCodeTraceQuery } from '../generated/graphql';
import { elementHref, elementLine, exampleTag, link, navigate, params, queryString } from '../nav';
import { dataTable } from '../table';
import { errorBox } from './errors';

const CODES: readonly CodeBody[] = ['BSC', 'REC', 'SEC'];
type ClauseRow = ExplorerCodeTraceQuery['codeTrace']['clauses'][number];

const isCode = (s: string | null): s is CodeBody => CODES.includes(s as CodeBody);

export async function codesPage(main: HTMLElement): Promise<void> {
  const chosen = params().get('code');
  const code = isCode(chosen) ? chosen : undefined;
  const form = h(
    'form',
    { class: 'choose' },
    h('label', { for: 'pick-code' }, 'Industry code', h('select', { id: 'pick-code', name: 'code' }, h('option', { value: '' }, 'all codes'), CODES.map((c) => h('option', { value: c, selected: c === code }, c)))),
    h('button', { type: 'submit' }, 'Show trace'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/explorer/codes${queryString(formValues(form))}`);
  });
  const result = h('div', { id: 'codes-result' }, h('p', { class: 'loading' }, 'Tracing…'));
  show(main, h('h1', {}, 'Code trace: requirements ↔ industry-code clauses'), form, result);
  try {
    const { codeTrace } = await query(ExplorerCodeTraceDocument, { code });
    const table = dataTable<ClauseRow>(codeTrace.clauses, [
      { title: 'Clause', cell: (r) => link(elementHref(r.clause.id), r.clause.id), text: (r) => r.clause.id },
      { title: 'Document', cell: (r) => r.clause.document, text: (r) => r.clause.document },
      { title: 'Reference', cell: (r) => h('span', {}, r.clause.clause, ' ', exampleTag(r.clause.isExample)), text: (r) => r.clause.clause },
      { title: 'Requirements', cell: (r) => h('ul', { class: 'cell-list' }, r.requirements.map((q) => h('li', {}, elementLine(q)))), text: (r) => r.requirements.map((q) => `${q.id} ${q.name}`).join(' ') },
    ]);
    show(
      result,
      downloadLinks('codes', queryString({ code: code ?? '' }), ['xlsx', 'csv']),
      table.element,
      h('h2', {}, `Requirements without a clause (${codeTrace.requirementsWithoutClause.length})`),
      h('ul', {}, codeTrace.requirementsWithoutClause.map((r) => h('li', {}, elementLine(r)))),
      h('h2', {}, `Clauses codifying no requirement (${codeTrace.clausesWithoutRequirement.length})`),
      h('ul', {}, codeTrace.clausesWithoutRequirement.map((c) => h('li', {}, elementLine(c)))),
    );
  } catch (error) {
    show(result, errorBox(error));
  }
}
