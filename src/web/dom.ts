/** A small hyperscript: the explorer builds its DOM from typed calls, never from HTML strings. */

type Child = Node | string | number | null | undefined | false;
/** Children nest in arrays as deep as convenient (a list of [dt, dd] pairs, an optional group). */
export type Children = Child | readonly Children[];
type Attrs = Readonly<Record<string, string | number | boolean | EventListener | undefined>>;

const nodesOf = (children: readonly Children[]): (Node | string)[] =>
  (children.flat(Infinity as 1) as Child[]).flatMap((c) => (c === null || c === undefined || c === false ? [] : [c instanceof Node ? c : String(c)]));

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Children[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  element.append(...nodesOf(children));
  return element;
}

/** Replaces the children of `parent`. */
export const show = (parent: Element, ...children: Children[]): void => parent.replaceChildren(...nodesOf(children));
