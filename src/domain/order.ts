/**
 * The one ordering of the domain results (see results.ts) that the port does not define: kinds
 * in the metamodel's order. Ids and other strings sort as the port does (src/store/order.ts).
 */
import { NODE_KINDS, type NodeKind } from '../model/kinds.js';

/** Kinds in NODE_KINDS order: the order the metamodel declares them in, not alphabetical. */
export const compareKinds = (a: NodeKind, b: NodeKind): number => NODE_KINDS.indexOf(a) - NODE_KINDS.indexOf(b);
