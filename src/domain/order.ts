/**
 * The orderings of the domain results (see results.ts). Strings compare by UTF-16 code units —
 * what Neo4j's ORDER BY does too — never by locale, so both stores give identical answers.
 */
import { NODE_KINDS, type NodeKind } from '../model/kinds.js';

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byId = (a: { readonly id: string }, b: { readonly id: string }): number => compareText(a.id, b.id);

/** Kinds in NODE_KINDS order: the order the metamodel declares them in, not alphabetical. */
export const compareKinds = (a: NodeKind, b: NodeKind): number => NODE_KINDS.indexOf(a) - NODE_KINDS.indexOf(b);
