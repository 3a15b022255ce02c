/** Role view (/explorer/role?role=ADS&phase=…): what a participant in a role must build and pass, as tables, with downloads. */
import { query } from '../api';
import { choices, formValues, nodesOf, picker } from '../choices';
import { h, show } from '../dom';
import { downloadLinks } from '../downloads';
import { ExplorerRoleViewDocument, type ElementRefFragment } from '../generated/graphql';
import { elementHref, elementLine, exampleTag, link, navigate, params, queryString } from '../nav';
import { dataTable } from '../table';
import { errorBox } from './errors';

/** One row per element, with the section it is listed under and the process or phase it belongs to. */
interface RoleRow {
  readonly section: string;
  readonly within: string;
  readonly element: ElementRefFragment;
}

export async function rolePage(main: HTMLElement): Promise<void> {
  const p = params();
  const role = p.get('role') ?? '';
  const phase = p.get('phase') ?? '';
  const lists = await choices();
  const form = h(
    'form',
    { class: 'choose' },
    picker('role', 'Role', nodesOf(lists.roles), role, '— choose a role —'),
    picker('phase', 'Only test phase', nodesOf(lists.testPhases), phase, 'every phase'),
    h('button', { type: 'submit' }, 'Show role view'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/explorer/role${queryString(formValues(form))}`);
  });
  const result = h('div', { id: 'role-result' });
  show(main, h('h1', {}, 'Role view: what a participant must build and pass'), form, result);
  if (role === '') return;
  show(result, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const { roleView: v } = await query(ExplorerRoleViewDocument, { role, phase: phase || undefined });
    const rows: RoleRow[] = [
      ...v.parts.map((element) => ({ section: 'Part', within: '', element })),
      ...v.sends.map((element) => ({ section: 'Sends', within: '', element })),
      ...v.receives.map((element) => ({ section: 'Receives', within: '', element })),
      ...v.processes.flatMap((pp) => pp.steps.map((element) => ({ section: 'Takes part in', within: pp.process.id, element }))),
      ...v.requirements.map((element) => ({ section: 'Must satisfy', within: '', element })),
      ...v.testCasesByPhase.flatMap((pt) => pt.testCases.map((element) => ({ section: 'Must pass', within: pt.phase.id, element }))),
    ];
    show(
      result,
      h('h2', {}, elementLine(v.role)),
      downloadLinks('role', queryString({ role, phase }), ['xlsx', 'csv']),
      dataTable(rows, [
        { title: 'Section', cell: (r) => r.section, text: (r) => r.section },
        { title: 'Within', cell: (r) => (r.within ? link(elementHref(r.within), r.within) : ''), text: (r) => r.within },
        { title: 'Id', cell: (r) => link(elementHref(r.element.id), r.element.id), text: (r) => r.element.id },
        { title: 'Name', cell: (r) => h('span', {}, r.element.name, ' ', exampleTag(r.element.isExample)), text: (r) => r.element.name },
      ]).element,
    );
  } catch (error) {
    show(result, errorBox(error));
  }
}
