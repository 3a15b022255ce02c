/**
 * An element's content fingerprint: a stable hash of its kind and normalised properties — not of
 * where or how it is written (file, order of keys, comments, line breaks in a text block), and not
 * of its relationships, which are reviewed as links of their own. Two elements with the same
 * fingerprint say the same thing, so reverting a change restores the fingerprint.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { NodeProps, PropertyValue } from './design-model.js';
import type { NodeKind } from './kinds.js';

/** Hex digits kept: 64 bits, far beyond any chance collision among a model's elements. */
const FINGERPRINT_LENGTH = 16;

/** Whitespace is layout: runs of it count as one space, and none at either end. */
export function normalised(value: PropertyValue | undefined): PropertyValue | undefined {
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ');
  if (Array.isArray(value)) return value.map((v) => normalised(v) as PropertyValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, v]) => {
        const n = normalised(v);
        return n === undefined ? [] : [[k, n]];
      }),
    );
  }
  return value;
}

export const fingerprintOf = ({ kind, props }: { readonly kind: NodeKind; readonly props: NodeProps }): string =>
  createHash('sha256')
    .update(canonicalJson({ kind, props: normalised(props as PropertyValue) }))
    .digest('hex')
    .slice(0, FINGERPRINT_LENGTH);
