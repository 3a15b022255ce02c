import type { WithNodeSources } from '../node-source.js';

/**
 * The GraphQL twin of a domain result type `D` (src/domain/results.ts), for
 * `class G implements Twin<D, G>`: `G` must declare every field of `D`, with `D`'s type (store
 * nodes as NodeSources), and no field `D` lacks — so the two cannot drift apart.
 */
export type Twin<D, G> = WithNodeSources<D> & { readonly [K in Exclude<keyof G, keyof D>]: never };
