/**
 * Recording a review: the current fingerprints of both ends of the links reviewed — every link
 * at the elements named (or the links named, `<from> <TYPE> <to>`), or every link at once — in a
 * new version of the review lock, and which suspect or unreviewed links that makes valid. Entries
 * of links that no longer exist are dropped.
 */
import { BadInputError, NotFoundError } from '../errors.js';
import { linkKey, parseLinkKey, type EndFingerprints, type ReviewLock } from '../model/reviews-lock.js';
import type { GraphStore } from '../store/port.js';
import type { LinkReview } from './results.js';
import { linkReviews } from './suspects.js';

export type ReviewInput = { readonly ids: readonly string[] } | { readonly allValid: true };

export interface ReviewOutcome {
  /** The links reviewed, by (type, from, to). */
  readonly reviewed: readonly LinkReview[];
  /** Those that were suspect or unreviewed, and are valid now. */
  readonly cleared: readonly LinkReview[];
  /** The lock's entries after the review. */
  readonly lock: ReadonlyMap<string, EndFingerprints>;
}

const keyOf = (link: LinkReview) => linkKey({ type: link.type, from: link.from.id, to: link.to.id });

export async function review(store: GraphStore, lock: ReviewLock, input: ReviewInput): Promise<ReviewOutcome> {
  const links = await linkReviews(store, lock);
  let reviewed = links;
  if ('ids' in input) {
    if (input.ids.length === 0) throw new BadInputError('Name the elements or links reviewed, or review every link with --all-valid');
    const asked = new Set(input.ids);
    reviewed = links.filter((link) => asked.has(link.from.id) || asked.has(link.to.id) || asked.has(keyOf(link)));
    const known = new Set(links.flatMap((link) => [link.from.id, link.to.id, keyOf(link)]));
    const [unknown] = input.ids.filter((id) => !known.has(id));
    if (unknown !== undefined) {
      if (parseLinkKey(unknown)) throw new NotFoundError('Link subject to review', unknown);
      const [node] = await store.nodes([unknown]);
      if (!node) throw new NotFoundError('Element', unknown);
      throw new BadInputError(`'${unknown}' has no link subject to review`);
    }
  }
  const existing = new Set(links.map(keyOf));
  const next = new Map<string, EndFingerprints>(
    [...lock.links].filter(([key]) => existing.has(key)).map(([key, { from, to }]) => [key, { from, to }]),
  );
  for (const link of reviewed) next.set(keyOf(link), link.fingerprints);
  return { reviewed, cleared: reviewed.filter((link) => link.state !== 'VALID'), lock: next };
}
