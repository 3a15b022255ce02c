/**
 * RTTM (/explorer/rttm?phase=SIT-CIT&phase=SIT-FUNCTIONAL&role=ADS&artefact=…&interval=…&release=…
 * &participant=…&baseline=…): the requirements traceability matrix of a scope as a sortable,
 * filterable table with status colours, totals, the uncovered requirements, what the scope's
 * interval or release scoped by, and downloads of the same scope. The scope is the URL's: the
 * form writes it, the query and the download links read it, so all three always agree.
 */
import { query } from '../api';
import { checkboxes, choices, formList, formValues, nodesOf, picker, textInput } from '../choices';
import { h, show } from '../dom';
import { downloadLinks } from '../downloads';
import { ExplorerRttmDocument, type CoverageStatus, type ExplorerRttmQuery } from '../generated/graphql';
import { elementHref, elementLine, exampleTag, link, navigate, params, queryString } from '../nav';
import { dataTable } from '../table';
import { errorBox } from './errors';

type Rttm = ExplorerRttmQuery['rttm'];
type Row = Rttm['rows'][number];

const STATUSES: readonly CoverageStatus[] = ['DIRECT', 'VIA_INTERFACE', 'NONE'];
const STATUS_WORDS: Readonly<Record<CoverageStatus, string>> = { DIRECT: 'direct', VIA_INTERFACE: 'via interface', NONE: 'not covered' };

/** The scope's URL parameters, in the order a download's file name takes them. */
const SCOPE_FIELDS = ['interval', 'release', 'role', 'artefact', 'participant', 'baseline'] as const;
type Scope = { readonly phase: readonly string[] } & Readonly<Record<(typeof SCOPE_FIELDS)[number], string>>;

function scopeOfUrl(p: URLSearchParams): Scope {
  const phase = p.getAll('phase').flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  return { phase, ...(Object.fromEntries(SCOPE_FIELDS.map((field) => [field, p.get(field)?.trim() ?? ''])) as Record<(typeof SCOPE_FIELDS)[number], string>) };
}

export async function rttmPage(main: HTMLElement): Promise<void> {
  const scope = scopeOfUrl(params());
  const lists = await choices();
  const releases = nodesOf(lists.designReleases);
  const form = h(
    'form',
    { class: 'choose', id: 'rttm-form' },
    checkboxes('phase', 'Test phases', nodesOf(lists.testPhases), scope.phase),
    picker('interval', 'Entry interval', nodesOf(lists.entryIntervals), scope.interval),
    picker('release', 'Design release', releases, scope.release),
    picker('role', 'Role', nodesOf(lists.roles), scope.role),
    picker('artefact', 'Artefact', nodesOf(lists.artefacts), scope.artefact),
    textInput('participant', 'Participant', scope.participant, {
      placeholder: 'organisation (all)',
      suggestions: lists.testParticipants.map((p) => ({ id: p.name, name: `${p.results} results` })),
    }),
    textInput('baseline', 'Baseline', scope.baseline, {
      placeholder: 'git ref or commit (today)',
      // Only a release that names its git ref is a version of the design.
      suggestions: lists.designReleases.edges.flatMap(({ node }) => (node.baseline ? [{ id: node.id, name: `${node.name}: ${node.baseline}` }] : [])),
    }),
    h('button', { type: 'submit' }, 'Show RTTM'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = formValues(form);
    navigate(`/explorer/rttm${queryString({ phase: formList(form, 'phase'), ...Object.fromEntries(SCOPE_FIELDS.map((field) => [field, values[field] ?? ''])) })}`);
  });
  const result = h('div', { id: 'rttm-result' });
  show(main, h('h1', {}, 'Requirements traceability matrix'), form, result);
  show(result, h('p', { class: 'loading' }, 'Building the matrix…'));
  const given = (value: string) => value || undefined;
  try {
    const { rttm } = await query(ExplorerRttmDocument, {
      phases: scope.phase.length > 0 ? [...scope.phase] : undefined,
      interval: given(scope.interval),
      release: given(scope.release),
      role: given(scope.role),
      artefact: given(scope.artefact),
      participant: given(scope.participant),
      baseline: given(scope.baseline),
    });
    renderRttm(result, rttm, queryString(scope));
  } catch (error) {
    show(result, errorBox(error));
  }
}

const idLinks = (ids: readonly string[]): (Node | string)[] => ids.flatMap((id, i) => [i > 0 ? ', ' : '', link(elementHref(id), id)]);

function renderRttm(result: HTMLElement, rttm: Rttm, search: string): void {
  const { totals } = rttm;
  const shownStatuses = new Set<CoverageStatus>(STATUSES);
  const table = dataTable<Row>(
    rttm.rows,
    [
      { title: 'Requirement', cell: (r) => link(elementHref(r.requirement.id), r.requirement.id), text: (r) => r.requirement.id },
      { title: 'Name', cell: (r) => h('span', {}, r.requirement.name, ' ', exampleTag(r.requirement.isExample)), text: (r) => r.requirement.name },
      { title: 'Status', cell: (r) => h('span', { class: 'status' }, STATUS_WORDS[r.status]), text: (r) => STATUSES.indexOf(r.status) },
      // From the latest results of the test cases that give the row its status.
      { title: 'Execution', cell: (r) => h('span', { class: `execution execution-${r.execution}` }, r.execution), text: (r) => r.execution },
      { title: 'Direct test cases', cell: (r) => h('span', {}, idLinks(r.directTestCases.map((t) => t.id))), text: (r) => r.directTestCases.map((t) => t.id).join(' ') },
      {
        title: 'Via interface',
        cell: (r) => h('span', {}, r.viaInterface.flatMap((v, i) => [i > 0 ? '; ' : '', link(elementHref(v.testCase.id), v.testCase.id), ' via ', link(elementHref(v.interface.id), v.interface.id)])),
        text: (r) => r.viaInterface.map((v) => `${v.testCase.id} ${v.interface.id}`).join(' '),
      },
    ],
    { rowClass: (r) => `status-${r.status}`, extraFilter: () => (r) => shownStatuses.has(r.status), caption: 'Click a heading to sort; type to filter.' },
  );
  const statusFilter = h(
    'fieldset',
    { class: 'status-filter' },
    h('legend', {}, 'Show'),
    STATUSES.map((status) => {
      const box = h('input', { type: 'checkbox', name: 'status', value: status, checked: true });
      box.addEventListener('change', () => {
        if (box.checked) shownStatuses.add(status);
        else shownStatuses.delete(status);
        table.refresh();
      });
      return h('label', { class: `inline status-${status}` }, box, ` ${STATUS_WORDS[status]}`);
    }),
  );
  show(
    result,
    h(
      'div',
      { class: 'totals', id: 'rttm-totals' },
      h('div', {}, h('strong', {}, String(totals.requirements)), 'requirements'),
      h('div', { class: 'status-DIRECT' }, h('strong', {}, String(totals.direct)), 'direct'),
      h('div', { class: 'status-VIA_INTERFACE' }, h('strong', {}, String(totals.viaInterface)), 'via interface'),
      h('div', { class: 'status-NONE' }, h('strong', {}, String(totals.none)), 'not covered'),
      h('div', { id: 'total-passed' }, h('strong', {}, String(totals.passed)), 'verified (direct test passed)'),
      h('div', { id: 'total-failed' }, h('strong', {}, String(totals.failed)), 'failed'),
      h('div', { id: 'total-blocked' }, h('strong', {}, String(totals.blocked)), 'blocked'),
      h('div', { id: 'total-not-run' }, h('strong', {}, String(totals.notRun)), 'not run'),
      // Direct first: interface links are never the headline.
      h('div', { id: 'total-direct-percent' }, h('strong', {}, `${totals.directCoveragePercent.toFixed(1)} %`), 'direct coverage'),
      h('div', {}, h('strong', {}, `${totals.designCoveragePercent.toFixed(1)} %`), 'design coverage'),
      h('div', {}, h('strong', {}, `${totals.passedPercent.toFixed(1)} %`), 'passed'),
    ),
    rttm.scope.baseline ? h('p', { id: 'rttm-baseline', class: 'hint' }, `The design at ${rttm.scope.baseline.asked} (commit ${rttm.scope.baseline.commit?.slice(0, 12)}), with today's results.`) : null,
    // What the interval or release scoped by, and why a matrix is empty when it is.
    rttm.scope.notes.length > 0 ? h('ul', { id: 'rttm-notes', class: 'scope-notes' }, rttm.scope.notes.map((note) => h('li', {}, note))) : null,
    downloadLinks('rttm', search, ['xlsx', 'csv', 'md']),
    statusFilter,
    table.element,
    h('h2', {}, `Uncovered (${rttm.uncovered.length})`),
    rttm.uncovered.length === 0 ? h('p', {}, 'Every requirement in scope is covered.') : h('ul', { class: 'uncovered' }, rttm.uncovered.map((r) => h('li', {}, elementLine(r)))),
  );
}
