/**
 * Suspect links. A link (relationship) along which a change propagates — every relationship whose
 * `impact` is not NONE (src/model/relationships.ts) — is reviewed against the content of its two
 * ends, recorded as fingerprints in the review lock (src/model/reviews-lock.ts). Now:
 *   - UNREVIEWED when the lock has no entry for it;
 *   - SUSPECT when an end it depends on (an end a change propagates from: one, or either end of a
 *     symmetric link, impact BOTH) no longer has the fingerprint it was reviewed with —
 *     content-based, so reverting the change makes it valid again;
 *   - VALID otherwise.
 * A suspect link says what changed: the reviewed version of each changed end, found by its
 * fingerprint in the model's git history, compared field by field with the current one.
 */
import { BadInputError } from '../errors.js';
import { fingerprintOf } from '../model/fingerprint.js';
import { commitsTouching, GitError } from '../model/git.js';
import type { ModelHistory } from '../model/history.js';
import { NODE_KINDS, type NodeKind } from '../model/kinds.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES, type ImpactDirection, type RelationshipType } from '../model/relationships.js';
import { linkKey, type ReviewLock } from '../model/reviews-lock.js';
import { REVIEWS_LOCK_FILE } from '../model/sources.js';
import { byCodeUnits } from '../store/order.js';
import type { GraphNode, GraphStore, Hop } from '../store/port.js';
import { fieldChanges } from './diff.js';
import { listAll } from './lookups.js';
import type { LinkEnd, LinkReview, ReviewState, SuspectReport } from './results.js';

type Dependence = LinkReview['dependsOn'];

/** The end(s) a link depends on: those whose change impacts the other end (none when no change propagates). */
const DEPENDS_ON: Readonly<Record<ImpactDirection, Dependence | null>> = { FORWARD: 'FROM', BACKWARD: 'TO', BOTH: 'BOTH', NONE: null };

/** The relationship types subject to review, with the end(s) each depends on, as a relationship table declares them. */
export type ReviewedTypes = ReadonlyMap<RelationshipType, Dependence>;

/** The types of `relationships` (the metamodel's, or a test's variant of it) subject to review. */
export const reviewedTypes = (relationships: Readonly<Record<RelationshipType, { readonly impact: ImpactDirection }>>): ReviewedTypes =>
  new Map(
    RELATIONSHIP_TYPES.flatMap((type) => {
      const dependsOn = DEPENDS_ON[relationships[type].impact];
      return dependsOn === null ? [] : [[type, dependsOn] as const];
    }),
  );

const REVIEWED = reviewedTypes(RELATIONSHIPS);

const endsOf = (dependsOn: Dependence): readonly LinkEnd[] => (dependsOn === 'BOTH' ? ['FROM', 'TO'] : [dependsOn]);
const side = (end: LinkEnd) => (end === 'FROM' ? 'from' : 'to');
/** The end across a link from `end`. */
export const opposite = (end: LinkEnd): LinkEnd => (end === 'FROM' ? 'TO' : 'FROM');

/** The element at one end of a link. */
export const endOf = (link: Pick<LinkReview, 'from' | 'to'>, end: LinkEnd): GraphNode => link[side(end)];

/** The elements to re-review: across from each changed end of a suspect link, across from the ends it depends on otherwise. */
export const toReview = (link: LinkReview): GraphNode[] =>
  (link.changed.length > 0 ? link.changed.map((c) => c.end) : endsOf(link.dependsOn)).map((end) => endOf(link, opposite(end)));

/** An element's version: its id and fingerprint. */
const versionKey = (id: string, fingerprint: string) => `${id} ${fingerprint}`;

/** How many commits of each kind (see commitsToSearch) `suspects` looks in for the reviewed version of a changed element. */
export const HISTORY_SEARCH_LIMIT = 200;

function stateOf(
  lock: ReviewLock,
  link: Pick<LinkReview, 'type' | 'dependsOn' | 'fingerprints'> & { readonly from: { readonly id: string }; readonly to: { readonly id: string } },
): Pick<LinkReview, 'state' | 'reviewed' | 'changed'> {
  const entry = lock.links.get(linkKey({ type: link.type, from: link.from.id, to: link.to.id }));
  if (!entry) return { state: 'UNREVIEWED', reviewed: null, changed: [] };
  const reviewed = { from: entry.from, to: entry.to };
  const changed = endsOf(link.dependsOn)
    .filter((end) => reviewed[side(end)] !== link.fingerprints[side(end)])
    .map((end) => ({ end, fields: null }));
  return { state: changed.length > 0 ? 'SUSPECT' : 'VALID', reviewed, changed };
}

/** The element at one end of a link, as far as its review state needs it. */
export interface EndVersion {
  readonly id: string;
  readonly fingerprint: string;
}

/** The review state of one link, from its ends' current fingerprints; null when the link is not subject to review. */
export function reviewStateOf(lock: ReviewLock, type: RelationshipType, from: EndVersion, to: EndVersion): ReviewState | null {
  const dependsOn = REVIEWED.get(type);
  if (dependsOn === undefined) return null;
  const link = { type, from: { id: from.id }, to: { id: to.id }, dependsOn, fingerprints: { from: from.fingerprint, to: to.fingerprint } };
  return stateOf(lock, link).state;
}

/**
 * Every link subject to review, with its state, by (type, from, to); from the port in a constant
 * number of round-trips. `reviewed`: which types are, as the metamodel declares them.
 */
export async function linkReviews(store: GraphStore, lock: ReviewLock, reviewed: ReviewedTypes = REVIEWED): Promise<LinkReview[]> {
  const nodes = (await Promise.all(NODE_KINDS.map((kind) => listAll(store, { kind })))).flat();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const ids = nodes.map((node) => node.id);
  const hops: Hop[] = [...reviewed.keys()].map((type) => ({ type, direction: 'OUT' }));
  const neighbours = ids.length === 0 || hops.length === 0 ? [] : await store.neighbours(ids, hops);
  const links = ids.flatMap((id, i) =>
    (neighbours[i] ?? []).map((n) => {
      const [from, to] = [byId.get(id)!, byId.get(n.id)!];
      const link = { type: n.type, from, to, dependsOn: reviewed.get(n.type)!, fingerprints: { from: fingerprintOf(from), to: fingerprintOf(to) } };
      return { ...link, ...stateOf(lock, link) };
    }),
  );
  const order = (t: RelationshipType) => RELATIONSHIP_TYPES.indexOf(t);
  return links.sort((a, b) => order(a.type) - order(b.type) || byCodeUnits(a.from.id, b.from.id) || byCodeUnits(a.to.id, b.to.id));
}

/**
 * The commits to look in for reviewed versions, most likely first: those where a reviewed
 * fingerprint entered the review lock (a review is committed with the model it reviewed), then
 * the commits that changed the model, newest first.
 */
async function* commitsToSearch(history: ModelHistory, fingerprints: ReadonlySet<string>): AsyncGenerator<string> {
  const repo = await history.repo();
  const lock = repo.modelPath ? `${repo.modelPath}/${REVIEWS_LOCK_FILE}` : REVIEWS_LOCK_FILE;
  const searched = new Set<string>();
  const reviews = await Promise.all([...fingerprints].map((pickaxe) => commitsTouching(repo, { path: lock, pickaxe, limit: HISTORY_SEARCH_LIMIT })));
  for (const commit of [...reviews.flat(), ...(await commitsTouching(repo, { limit: HISTORY_SEARCH_LIMIT }))]) {
    if (!searched.has(commit)) yield commit;
    searched.add(commit);
  }
}

/** The versions of elements wanted (by versionKey) found in the model's history; one in no commit is missing from the answer. */
async function reviewedVersions(history: ModelHistory, wanted: ReadonlySet<string>): Promise<Map<string, GraphNode>> {
  const found = new Map<string, GraphNode>();
  if (wanted.size === 0) return found;
  const fingerprints = new Set([...wanted].map((version) => version.split(' ')[1]!));
  try {
    for await (const commit of commitsToSearch(history, fingerprints)) {
      const model = await history.modelAt(commit, commit).catch(() => null);
      for (const node of model?.nodes ?? []) {
        const version = versionKey(node.id, fingerprintOf(node));
        if (wanted.has(version) && !found.has(version)) found.set(version, node);
      }
      if (found.size === wanted.size) break;
    }
  } catch (error) {
    // Not in git, or no commits yet: nothing to compare with.
    if (!(error instanceof BadInputError || error instanceof GitError)) throw error;
  }
  return found;
}

export interface SuspectQuery {
  /** Only links whose other end — the one to re-review — is of this kind. */
  readonly kind?: NodeKind;
  /** Only links in this state (default SUSPECT). */
  readonly state?: ReviewState;
}

/** The version of a changed end a suspect link was reviewed against. */
const reviewedVersion = (link: LinkReview, end: LinkEnd) => versionKey(endOf(link, end).id, link.reviewed![side(end)]);

export async function suspectLinks(store: GraphStore, history: ModelHistory, lock: ReviewLock, query: SuspectQuery = {}): Promise<SuspectReport> {
  if (query.kind !== undefined && !NODE_KINDS.includes(query.kind)) throw new BadInputError(`'${query.kind}' is not a node kind`);
  const all = await linkReviews(store, lock);
  const state = query.state ?? 'SUSPECT';
  const asked = all.filter((link) => link.state === state && (query.kind === undefined || toReview(link).some((node) => node.kind === query.kind)));
  const versions = await reviewedVersions(history, new Set(asked.flatMap((link) => link.changed.map(({ end }) => reviewedVersion(link, end)))));
  const withFields = (link: LinkReview): LinkReview => ({
    ...link,
    changed: link.changed.map(({ end }) => {
      const before = versions.get(reviewedVersion(link, end));
      return { end, fields: before ? fieldChanges(before, endOf(link, end)) : null };
    }),
  });
  const count = (s: ReviewState) => all.filter((link) => link.state === s).length;
  return {
    links: asked.map(withFields),
    totals: { valid: count('VALID'), suspect: count('SUSPECT'), unreviewed: count('UNREVIEWED') },
  };
}
