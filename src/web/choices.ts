/** The lists the pickers offer (phases, roles, artefacts, intervals, releases, change requests), fetched once per page load. */
import { query } from './api';
import { h } from './dom';
import { ExplorerChoicesDocument, type ExplorerChoicesQuery } from './generated/graphql';

export type Choices = ExplorerChoicesQuery;
export interface Choice {
  readonly id: string;
  readonly name: string;
}

let cached: Promise<Choices> | undefined;
export const choices = (): Promise<Choices> => (cached ??= query(ExplorerChoicesDocument, {}));

export const nodesOf = (connection: { readonly edges: readonly { readonly node: Choice }[] }): readonly Choice[] => connection.edges.map((e) => e.node);

/** A labelled select with an "any" entry (value ''), set to `selected`. */
export function picker(name: string, label: string, options: readonly Choice[], selected: string | null, anyLabel = 'any'): HTMLLabelElement {
  const select = h(
    'select',
    { name, id: `pick-${name}` },
    h('option', { value: '' }, anyLabel),
    options.map((o) => h('option', { value: o.id, selected: o.id === selected }, `${o.id} — ${o.name}`)),
  );
  return h('label', { for: `pick-${name}` }, label, select);
}

/** A labelled group of checkboxes, one per option, those in `selected` ticked: several values under one name. */
export function checkboxes(name: string, label: string, options: readonly Choice[], selected: readonly string[]): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'choices', id: `pick-${name}` },
    h('legend', {}, label),
    options.map((o) => h('label', { class: 'inline', title: o.name }, h('input', { type: 'checkbox', name, value: o.id, checked: selected.includes(o.id) }), ` ${o.id}`)),
  );
}

/** A labelled text input set to `value`, with suggestions when some are given. */
export function textInput(name: string, label: string, value: string, { placeholder, suggestions = [] }: { placeholder: string; suggestions?: readonly Choice[] }): HTMLLabelElement {
  const list = suggestions.length > 0 ? `${name}-suggestions` : undefined;
  return h(
    'label',
    { for: `pick-${name}` },
    label,
    h('input', { id: `pick-${name}`, name, value, placeholder, list, size: 18 }),
    list ? h('datalist', { id: list }, suggestions.map((s) => h('option', { value: s.id }, s.name))) : null,
  );
}

/** Every value of a field that may hold several (checkboxes), trimmed, the empty ones left out. */
export const formList = (form: HTMLFormElement, name: string): string[] =>
  new FormData(form).getAll(name).map((v) => String(v).trim()).filter((v) => v !== '');

/** The form's values by field name, for the URL of the view. */
export const formValues = (form: HTMLFormElement): Record<string, string> =>
  Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()]));
