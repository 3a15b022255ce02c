/**
 * An element's page (/explorer/<id>): its fields, where it comes from, every relationship both
 * ways as links, and a picture of its neighbourhood (1 or 2 hops) to click through.
 */
import { query } from '../api';
import { h, show } from '../dom';
import { ExplorerElementDocument, type ExplorerElementQuery, type NodeKind, type ProposalFieldsFragment, type SourceFieldsFragment } from '../generated/graphql';
import { fieldLabel } from '../kinds';
import { badge, elementHref, elementLine, exampleTag, link, navigate, params, queryString } from '../nav';
import { drawPicture } from '../picture';
import { errorBox } from './errors';

type Answer = ExplorerElementQuery;
type Element = NonNullable<Answer['node']>;

export async function elementPage(main: HTMLElement, id: string): Promise<void> {
  const depth = params().get('depth') === '2' ? 2 : 1;
  show(main, h('p', { class: 'loading' }, `Loading ${id}…`));
  let answer: Answer;
  try {
    answer = await query(ExplorerElementDocument, { id, depth });
  } catch (error) {
    show(main, h('h1', {}, id), errorBox(error));
    return;
  }
  const { node: element, neighbourhood } = answer;
  if (!element) return;
  document.title = `${element.id} ${element.name} — MHHS explorer`;
  const picture = h('div', { class: 'picture', id: 'picture', 'aria-label': `Neighbourhood of ${element.id}` });
  show(
    main,
    h('h1', {}, badge(element.kind), ' ', element.id, ' ', h('span', { class: 'name' }, element.name), ' ', exampleTag(element.isExample)),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'facts' }, provenanceBox(element), fieldsTable(element, neighbourhood.properties), actions(element)),
      h(
        'section',
        { class: 'neighbourhood' },
        h('h2', {}, 'Neighbourhood ', depthChooser(element.id, depth)),
        neighbourhood.truncated ? h('p', { class: 'warning' }, `Only the nearest ${neighbourhood.nodes.length} elements are drawn.`) : null,
        picture,
        legend(neighbourhood.nodes.map(({ node }) => node.kind)),
        h('p', { class: 'hint' }, 'Click an element to open it; hover to see its name.'),
      ),
    ),
    h('section', { class: 'relationships' }, h('h2', {}, `Relationships (${element.relationships.length})`), relationshipList(element)),
  );
  drawPicture(
    picture,
    neighbourhood.nodes.map(({ node, depth: d }) => ({ ...node, root: d === 0 })),
    neighbourhood.edges.map((e) => ({ from: e.from, to: e.to, label: e.relationship })),
    { layout: 'web', onOpen: (target) => target !== element.id && navigate(elementHref(target)) },
  );
}

const depthChooser = (id: string, depth: 1 | 2): HTMLElement =>
  h(
    'span',
    { class: 'depth-chooser' },
    ([1, 2] as const).map((d) =>
      d === depth ? h('strong', {}, `${d} hop${d === 1 ? '' : 's'}`) : link(`${elementHref(id)}${queryString({ depth: d === 1 ? '' : '2' })}`, `${d} hop${d === 1 ? '' : 's'}`),
    ),
  );

const proposalLine = (p: ProposalFieldsFragment): HTMLElement =>
  h('p', { class: 'proposal' }, 'Proposed by ', link(elementHref(p.changeRequest), p.changeRequest), ` (${p.change.toLowerCase()})`, p.note ? `: ${p.note}` : '');

const sourceList = (source: SourceFieldsFragment): HTMLElement =>
  h('dl', {}, h('dt', {}, 'paper'), h('dd', {}, source.paperTitle, ' ', h('code', {}, source.paper)), h('dt', {}, 'section'), h('dd', {}, source.section));

/** Where the element comes from: a fact (paper and heading), an example (why it exists), an inference (its reason) or a test report (a result). */
function provenanceBox(element: Element): HTMLElement {
  const proposal = element.proposedBy ? proposalLine(element.proposedBy) : null;
  switch (element.provenanceState) {
    case 'SOURCE':
      return h('div', { class: 'provenance fact' }, h('h2', {}, 'Fact'), element.provenance ? sourceList(element.provenance) : null, proposal);
    case 'EXAMPLE':
      return h('div', { class: 'provenance example' }, h('h2', {}, 'Example'), h('p', {}, 'An illustration written for this repository, not baselined design.'), element.exampleNote ? h('p', {}, h('em', {}, element.exampleNote)) : null, proposal);
    case 'INFERRED':
      return h('div', { class: 'provenance inferred' }, h('h2', {}, 'Inferred'), h('p', {}, 'A judgement no paper states.'), element.inferredReason ? h('p', {}, h('em', {}, element.inferredReason)) : null, proposal);
    case 'RECORDED':
      return h('div', { class: 'provenance recorded' }, h('h2', {}, 'Recorded'), h('p', {}, 'A test execution imported from a test report (its recordedFrom), not design.'), proposal);
  }
}

const formatValue = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${formatValue(v)}`).join('; ');
  return String(value);
};

function fieldsTable(centre: Element, properties: Answer['neighbourhood']['properties']): HTMLElement {
  const rows: [string, string, string][] = [
    ['kind', centre.kind, 'The kind of element.'],
    ['name', centre.name, 'Short name or title.'],
    ...(centre.description ? [['description', centre.description, 'Longer description.'] as [string, string, string]] : []),
    ...properties.map((p): [string, string, string] => [p.name, formatValue(p.value), p.description]),
  ];
  return h('div', {}, h('h2', {}, 'Fields'), h('table', { class: 'fields' }, h('tbody', {}, rows.map(([name, value, title]) => h('tr', {}, h('th', { title }, fieldLabel(name)), h('td', {}, value))))));
}

function actions(centre: Element): HTMLElement {
  const impactHref =
    centre.kind === 'ChangeRequest' ? `/explorer/impact${queryString({ changeRequest: centre.id })}` : `/explorer/impact${queryString({ changed: centre.id })}`;
  return h(
    'p',
    { class: 'actions' },
    link(impactHref, centre.kind === 'ChangeRequest' ? 'Impact of this change request' : 'Impact of changing this element'),
    centre.kind === 'Role' ? [' · ', link(`/explorer/role${queryString({ role: centre.id })}`, 'Role view'), ' · ', link(`/explorer/rttm${queryString({ role: centre.id })}`, 'RTTM for this role')] : null,
    centre.kind === 'TestPhase' ? [' · ', link(`/explorer/rttm${queryString({ phase: centre.id })}`, 'RTTM for this phase')] : null,
    centre.kind === 'Artefact' ? [' · ', link(`/explorer/rttm${queryString({ artefact: centre.id })}`, 'RTTM for this artefact')] : null,
    centre.kind === 'EntryInterval' ? [' · ', link(`/explorer/rttm${queryString({ interval: centre.id })}`, 'RTTM for this interval')] : null,
    centre.kind === 'DesignRelease' ? [' · ', link(`/explorer/rttm${queryString({ release: centre.id })}`, 'RTTM of what this release changes')] : null,
  );
}

/** How a relationship is known, when that differs from a fact stated with its element. */
function relationshipProvenance(r: Element['relationships'][number]): HTMLElement | null {
  const { state, source, note, inherited } = r.provenance;
  const proposal = r.proposedBy ? h('span', { class: 'proposal-tag', title: r.proposedBy.note ?? '' }, `${r.proposedBy.change.toLowerCase()} by ${r.proposedBy.changeRequest}`) : null;
  const how =
    inherited ? null
    : state === 'SOURCE' ? h('span', { class: 'fact-tag', title: source ? `${source.paperTitle} — ${source.section}` : '' }, 'fact')
    : state === 'EXAMPLE' ? h('span', { class: 'example-tag', title: note ?? '' }, 'example')
    : h('span', { class: 'inferred-tag', title: note ?? '' }, `inferred${note ? `: ${note}` : ''}`);
  return how || proposal ? h('span', { class: 'relationship-provenance' }, how, ' ', proposal) : null;
}

/** The verb of a relationship sentence: "IF-021 is sent by ADS" → "is sent by". */
const verbOf = (sentence: string, from: string, to: string): string =>
  sentence.startsWith(`${from} `) && sentence.endsWith(` ${to}`) ? sentence.slice(from.length + 1, sentence.length - to.length - 1) : sentence;

/** Every relationship of the element, grouped by its sentence's verb: "carries", "is exercised by", … */
function relationshipList(element: Element): HTMLElement {
  const groups = new Map<string, Element['relationships']>();
  for (const r of element.relationships) {
    const verb = `${verbOf(r.sentence, element.id, r.node.id)} (${r.direction === 'IN' ? '← ' : ''}${r.type})`;
    groups.set(verb, [...(groups.get(verb) ?? []), r]);
  }
  if (groups.size === 0) return h('p', {}, 'No relationships.');
  return h(
    'dl',
    { class: 'relationship-list' },
    [...groups].map(([verb, rs]) => [
      h('dt', {}, `${element.id} ${verb} · ${rs.length}`),
      h('dd', {}, h('ul', {}, rs.map((r) => h('li', {}, elementLine(r.node), ' ', relationshipProvenance(r))))),
    ]),
  );
}

/** Which colour is which kind, for the kinds in the picture. */
const legend = (kinds: readonly NodeKind[]): HTMLElement =>
  h('p', { class: 'legend' }, [...new Set(kinds)].map((kind) => [badge(kind), ' ']));
