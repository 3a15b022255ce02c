/**
 * An element's page (/explorer/<id>): its fields, where it comes from, every relationship both
 * ways as links, and a picture of its neighbourhood (1 or 2 hops) to click through.
 */
import { query } from '../api';
import { h, show } from '../dom';
import { ExplorerElementDocument, type ExplorerElementQuery } from '../generated/graphql';
import { fieldLabel } from '../kinds';
import { badge, elementHref, elementLine, exampleTag, link, navigate, params, queryString, type ElementLike } from '../nav';
import { drawPicture } from '../picture';
import { errorBox } from './errors';

type Neighbourhood = ExplorerElementQuery['neighbourhood'];
type Centre = Neighbourhood['centre'];

export async function elementPage(main: HTMLElement, id: string): Promise<void> {
  const depth = params().get('depth') === '2' ? 2 : 1;
  show(main, h('p', { class: 'loading' }, `Loading ${id}…`));
  let result: Neighbourhood;
  try {
    result = (await query(ExplorerElementDocument, { id, depth })).neighbourhood;
  } catch (error) {
    show(main, h('h1', {}, id), errorBox(error));
    return;
  }
  const { centre } = result;
  document.title = `${centre.id} ${centre.name} — MHHS explorer`;
  const picture = h('div', { class: 'picture', id: 'picture', 'aria-label': `Neighbourhood of ${centre.id}` });
  show(
    main,
    h('h1', {}, badge(centre.kind), ' ', centre.id, ' ', h('span', { class: 'name' }, centre.name), ' ', exampleTag(centre.isExample)),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'facts' }, provenanceBox(centre), fieldsTable(result), actions(centre)),
      h(
        'section',
        { class: 'neighbourhood' },
        h('h2', {}, 'Neighbourhood ', depthChooser(centre.id, depth)),
        result.truncated ? h('p', { class: 'warning' }, `Only the nearest ${result.nodes.length} elements are drawn.`) : null,
        picture,
        h('p', { class: 'hint' }, 'Click an element to open it; hover to see its name. Colours are kinds.'),
      ),
    ),
    h('section', { class: 'relationships' }, h('h2', {}, 'Relationships'), relationshipList(result)),
  );
  drawPicture(
    picture,
    result.nodes.map(({ node, depth: d }) => ({ ...node, root: d === 0 })),
    result.edges.map((e) => ({ from: e.from, to: e.to, label: e.relationship })),
    { layout: 'web', onOpen: (target) => target !== centre.id && navigate(elementHref(target)) },
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

/** Where the element comes from. Every provenance field the API returns is shown, whatever it is. */
function provenanceBox(centre: Centre): HTMLElement {
  if (centre.isExample) {
    return h('div', { class: 'provenance example' }, h('h2', {}, 'Example'), h('p', {}, 'An illustration written for this repository, not baselined design.'), centre.exampleNote ? h('p', {}, h('em', {}, centre.exampleNote)) : null);
  }
  const provenance = centre.provenance;
  if (!provenance) return h('div', { class: 'provenance' }, h('h2', {}, 'Provenance'), h('p', {}, 'No source recorded.'));
  const rows = Object.entries(provenance).filter(([key]) => key !== '__typename');
  return h(
    'div',
    { class: 'provenance fact' },
    h('h2', {}, 'Fact'),
    h('dl', {}, rows.map(([key, value]) => [h('dt', {}, fieldLabel(key)), h('dd', {}, String(value))])),
  );
}

const formatValue = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${formatValue(v)}`).join('; ');
  return String(value);
};

function fieldsTable({ centre, properties }: Neighbourhood): HTMLElement {
  const rows: [string, string, string][] = [
    ['kind', centre.kind, 'The kind of element.'],
    ['name', centre.name, 'Short name or title.'],
    ...(centre.description ? [['description', centre.description, 'Longer description.'] as [string, string, string]] : []),
    ...properties.map((p): [string, string, string] => [p.name, formatValue(p.value), p.description]),
  ];
  return h('div', {}, h('h2', {}, 'Fields'), h('table', { class: 'fields' }, h('tbody', {}, rows.map(([name, value, title]) => h('tr', {}, h('th', { title }, fieldLabel(name)), h('td', {}, value))))));
}

function actions(centre: Centre): HTMLElement {
  const impactHref =
    centre.kind === 'ChangeRequest' ? `/explorer/impact${queryString({ changeRequest: centre.id })}` : `/explorer/impact${queryString({ changed: centre.id })}`;
  return h(
    'p',
    { class: 'actions' },
    link(impactHref, centre.kind === 'ChangeRequest' ? 'Impact of this change request' : 'Impact of changing this element'),
    centre.kind === 'Role' ? [' · ', link(`/explorer/role${queryString({ role: centre.id })}`, 'Role view'), ' · ', link(`/explorer/rttm${queryString({ role: centre.id })}`, 'RTTM for this role')] : null,
    centre.kind === 'TestPhase' ? [' · ', link(`/explorer/rttm${queryString({ phase: centre.id })}`, 'RTTM for this phase')] : null,
    centre.kind === 'Artefact' ? [' · ', link(`/explorer/rttm${queryString({ artefact: centre.id })}`, 'RTTM for this artefact')] : null,
  );
}

/** Each relationship of the centre under the field name that reads it from the centre: `carries`, `exercised by`, … */
function relationshipList({ centre, nodes, edges }: Neighbourhood): HTMLElement {
  const byId = new Map<string, ElementLike>(nodes.map(({ node }) => [node.id, node]));
  const groups = new Map<string, ElementLike[]>();
  for (const edge of edges) {
    const outgoing = edge.from === centre.id;
    if (!outgoing && edge.to !== centre.id) continue;
    const other = byId.get(outgoing ? edge.to : edge.from);
    if (!other) continue;
    const label = `${fieldLabel(outgoing ? edge.field : edge.inverseField)} (${outgoing ? '' : '← '}${edge.relationship})`;
    groups.set(label, [...(groups.get(label) ?? []), other]);
  }
  if (groups.size === 0) return h('p', {}, 'No relationships.');
  return h(
    'dl',
    { class: 'relationship-list' },
    [...groups].map(([label, others]) => [h('dt', {}, `${label} · ${others.length}`), h('dd', {}, h('ul', {}, others.map((o) => h('li', {}, elementLine(o)))))]),
  );
}
