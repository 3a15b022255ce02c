/**
 * Navigation inside the explorer without reloading the page: links made by `link` are followed
 * with the History API, so every view has its own shareable URL and Back works.
 */
import { h } from './dom';
import type { NodeKind } from './generated/graphql';
import { KIND_COLOURS, kindLabel } from './kinds';

type Render = () => void;
let render: Render = () => undefined;

export const onNavigate = (r: Render): void => {
  render = r;
};

export function navigate(href: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  render();
}

export const link = (href: string, ...children: (Node | string)[]): HTMLAnchorElement => {
  const a = h('a', { href }, ...children);
  a.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(href);
  });
  return a;
};

export const elementHref = (id: string): string => `/explorer/${encodeURIComponent(id)}`;

export const badge = (kind: NodeKind): HTMLElement =>
  h('span', { class: 'badge', style: `background:${KIND_COLOURS[kind]}`, title: kind }, kindLabel(kind));

export const exampleTag = (isExample: boolean): HTMLElement | null =>
  isExample ? h('span', { class: 'example-tag', title: 'An illustration written for this repository, not baselined design' }, 'example') : null;

export interface ElementLike {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly isExample: boolean;
}

/** An element as one line: kind badge, id as a link to its page, name, example tag. */
export const elementLine = (e: ElementLike): HTMLElement =>
  h('span', { class: 'element-line' }, badge(e.kind), ' ', link(elementHref(e.id), e.id), ' ', h('span', { class: 'name' }, e.name), ' ', exampleTag(e.isExample));

/** Query-string parameters of the current URL. */
export const params = (): URLSearchParams => new URLSearchParams(location.search);

/** `?a=1&b=` → `?a=1`: empty values left out, so URLs stay short and shareable. */
export function queryString(values: Readonly<Record<string, string | readonly string[] | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const v of typeof value === 'string' ? [value] : (value ?? [])) if (v !== '') search.append(key, v);
  }
  const s = search.toString();
  return s === '' ? '' : `?${s}`;
}
