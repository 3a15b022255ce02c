/**
 * The design a query is asked about, checked: the change requests whose proposals it includes
 * must be change requests of the model (NOT_FOUND / BAD_USER_INPUT otherwise). Every way in — the
 * GraphQL fields' `includeProposed`, the CLI's `--with-cr` — goes through here, then reads the
 * store through `scopedStore`.
 */
import { BASELINE, scopedStore, type DesignScope } from '../store/design-scope.js';
import type { GraphStore } from '../store/port.js';
import { getNodes } from './lookups.js';

export interface ScopedQuery {
  readonly scope: DesignScope;
  /** The store answering in `scope`. */
  readonly store: GraphStore;
}

export async function inDesignScope(store: GraphStore, includeProposed: readonly string[] | null | undefined): Promise<ScopedQuery> {
  const ids = [...new Set(includeProposed ?? [])].sort();
  if (ids.length === 0) return { scope: BASELINE, store: scopedStore(store, BASELINE) };
  // Change requests are never proposed themselves, so the baseline has them all.
  await getNodes(scopedStore(store, BASELINE), ids.map((id) => ({ id, kind: 'ChangeRequest' as const })));
  const scope = { includeProposed: ids };
  return { scope, store: scopedStore(store, scope) };
}
