/**
 * Impact (/explorer/impact?changeRequest=CR023 or ?changed=IF-021,IF-041&maxDepth=2): everything a
 * change moves, grouped by kind with the path that explains each element, the picture of the
 * impact tree, and downloads.
 */
import { query } from '../api';
import { choices, formValues, nodesOf, picker } from '../choices';
import { h, show } from '../dom';
import { downloadLinks } from '../downloads';
import { ExplorerImpactDocument, type ExplorerImpactQuery } from '../generated/graphql';
import { kindLabel } from '../kinds';
import { badge, elementHref, exampleTag, link, navigate, params, queryString } from '../nav';
import { drawPicture, type PictureEdge, type PictureNode } from '../picture';
import { dataTable } from '../table';
import { errorBox } from './errors';

type Impact = ExplorerImpactQuery['impact'];
type Reached = Impact['byKind'][number]['elements'][number];

export async function impactPage(main: HTMLElement): Promise<void> {
  const p = params();
  const changeRequest = p.get('changeRequest') ?? '';
  const changed = p.getAll('changed').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const maxDepth = p.get('maxDepth') ?? '';
  const result = h('div', { id: 'impact-result' });
  const form = h(
    'form',
    { class: 'choose', id: 'impact-form' },
    picker('changeRequest', 'Change request', nodesOf((await choices()).changeRequests), changeRequest, '— or give changed elements —'),
    h('label', { for: 'changed' }, 'Changed elements (ids, comma-separated)', h('input', { id: 'changed', name: 'changed', value: changed.join(', '), placeholder: 'IF-021, IF-041', size: 30 })),
    h('label', { for: 'maxDepth' }, 'Max depth', h('input', { id: 'maxDepth', name: 'maxDepth', type: 'number', min: 1, max: 10, value: maxDepth, placeholder: '6' })),
    h('button', { type: 'submit' }, 'Assess impact'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const v = formValues(form);
    navigate(`/explorer/impact${queryString({ changeRequest: v.changeRequest, changed: v.changeRequest ? '' : (v.changed ?? '').replace(/\s+/g, ''), maxDepth: v.maxDepth })}`);
  });
  show(main, h('h1', {}, 'Impact of a change'), form, result);
  if (changeRequest === '' && changed.length === 0) {
    show(result, h('p', { class: 'hint' }, 'Choose a change request, or name the elements that change, to see everything downstream of them.'));
    return;
  }
  show(result, h('p', { class: 'loading' }, 'Assessing…'));
  try {
    const { impact } = await query(ExplorerImpactDocument, {
      changeRequest: changeRequest || undefined,
      changed: changeRequest ? undefined : changed,
      maxDepth: maxDepth === '' ? undefined : Number(maxDepth),
    });
    renderImpact(result, impact, location.search);
  } catch (error) {
    show(result, errorBox(error));
  }
}

function renderImpact(result: HTMLElement, impact: Impact, search: string): void {
  const total = impact.byKind.reduce((n, g) => n + g.elements.length, 0);
  const what = impact.changeRequest ? [link(elementHref(impact.changeRequest.id), impact.changeRequest.id), ` (${impact.changeRequest.name}), changing `] : [];
  const picture = h('div', { class: 'picture', id: 'picture', 'aria-label': 'Impact tree' });
  show(
    result,
    h(
      'p',
      { class: 'headline' },
      h('strong', {}, `${total} element${total === 1 ? '' : 's'} impacted`),
      ` within depth ${impact.maxDepth} by `,
      what,
      impact.changed.length === 0 ? 'no modelled element (the model records none of the elements it changes yet)' : impact.changed.flatMap((c, i) => [i > 0 ? ', ' : '', link(elementHref(c.id), c.id)]),
    ),
    downloadLinks('impact', search, ['xlsx', 'csv', 'md']),
    h('p', { class: 'summary' }, impact.byKind.map((g) => [badge(g.kind), ` ${g.elements.length}  `])),
    picture,
    impact.byKind.map((group) =>
      h(
        'section',
        { class: 'kind-group', 'data-kind': group.kind },
        h('h2', {}, `${kindLabel(group.kind)} (${group.elements.length})`),
        dataTable(group.elements, [
          { title: 'Id', cell: (r) => link(elementHref(r.node.id), r.node.id), text: (r) => r.node.id },
          { title: 'Name', cell: (r) => h('span', {}, r.node.name, ' ', exampleTag(r.node.isExample)), text: (r) => r.node.name },
          { title: 'Depth', cell: (r) => String(r.depth), text: (r) => r.depth },
          { title: 'Why (path)', cell: (r) => h('span', { class: 'path' }, r.path.explanation), text: (r) => r.path.explanation },
        ]).element,
      ),
    ),
  );
  const { nodes, edges } = impactTree(impact);
  drawPicture(picture, nodes, edges, { layout: 'tree', onOpen: (id) => navigate(elementHref(id)) });
}

/** The tree the paths make: each element hangs under the element its path reaches it from. */
function impactTree(impact: Impact): { nodes: PictureNode[]; edges: PictureEdge[] } {
  const cr = impact.changeRequest;
  const nodes: PictureNode[] = [
    ...(cr ? [{ ...cr, root: true }] : []),
    ...impact.changed.map((c) => ({ ...c, root: !cr })),
    ...impact.byKind.flatMap((g) => g.elements.map((r) => r.node)),
  ];
  const parentOf = (r: Reached): string => r.path.hops.at(-2)?.to.id ?? r.path.start.id;
  const edges: PictureEdge[] = [
    ...(cr ? impact.changed.map((c) => ({ from: cr.id, to: c.id, label: 'CHANGES' })) : []),
    ...impact.byKind.flatMap((g) => g.elements.map((r) => ({ from: parentOf(r), to: r.node.id, label: r.path.hops.at(-1)?.relationship ?? '' }))),
  ];
  return { nodes, edges };
}
