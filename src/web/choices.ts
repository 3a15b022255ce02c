/** The lists the pickers offer (phases, roles, artefacts, change requests), fetched once per page load. */
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

/** The form's values by field name, for the URL of the view. */
export const formValues = (form: HTMLFormElement): Record<string, string> =>
  Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()]));
