/**
 * Suspect links. A link (relationship) along which a change propagates — every relationship whose
 * `impact` is not NONE (src/model/relationships.ts) — is reviewed against the content of its two
 * ends, recorded as fingerprints in the review lock (src/model/reviews-lock.ts). Now:
 *   - UNREVIEWED when the lock has no entry for it;
 *   - SUSPECT when the end it depends on (the end a change propagates from) no longer has the
 *     fingerprint it was reviewed with — content-based, so reverting the change makes it valid again;
 *   - VALID otherwise.
 * A suspect link says what changed: the reviewed version of the end, found by its fingerprint in
 * the model's git history, compared field by field with the current one.
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
import type { FieldChange, LinkReview, ReviewState, SuspectReport } from './results.js';

/** The relationship types subject to review, with the end each depends on. */
/** The end a link depends on: the one whose change impacts the other (none when no change propagates). */
const DEPENDS_ON: Readonly<Record<ImpactDirection, 'FROM' | 'TO' | 'BOTH' | null>> = { FORWARD: 'FROM', BACKWARD: 'TO', BOTH: 'BOTH', NONE: null };

const REVIEWED: ReadonlyMap<RelationshipType, 'FROM' | 'TO'> = new Map(
  RELATIONSHIP_TYPES.flatMap((type) => {
    const dependsOn = DEPENDS_ON[RELATIONSHIPS[type].impact];
    if (dependsOn === 'BOTH') throw new Error(`${type}: a link that depends on both its ends cannot be reviewed yet (src/domain/suspects.ts)`);
    return dependsOn === null ? [] : [[type, dependsOn] as const];
  }),
);

const REVIEWED_HOPS: readonly Hop[] = [...REVIEWED.keys()].map((type) => ({ type, direction: 'OUT' }));

/** An element's version: its id and fingerprint. */
const versionKey = (id: string, fingerprint: string) => `${id} ${fingerprint}`;

/** How many commits of each kind (see commitsToSearch) `suspects` looks in for the reviewed version of a changed element. */
export const HISTORY_SEARCH_LIMIT = 200;

function stateOf(
  lock: ReviewLock,
  link: Pick<LinkReview, 'type' | 'dependsOn' | 'fingerprints'> & { readonly from: { readonly id: string }; readonly to: { readonly id: string } },
): Pick<LinkReview, 'state' | 'reviewed'> {
  const entry = lock.links.get(linkKey({ type: link.type, from: link.from.id, to: link.to.id }));
  if (!entry) return { state: 'UNREVIEWED', reviewed: null };
  const end = link.dependsOn === 'FROM' ? 'from' : 'to';
  const reviewed = { from: entry.from, to: entry.to };
  return { state: entry[end] === link.fingerprints[end] ? 'VALID' : 'SUSPECT', reviewed };
}

/** One end of a link, as far as its review state needs it. */
export interface LinkEnd {
  readonly id: string;
  readonly fingerprint: string;
}

/** The review state of one link, from its ends' current fingerprints; null when the link is not subject to review. */
export function reviewStateOf(lock: ReviewLock, type: RelationshipType, from: LinkEnd, to: LinkEnd): ReviewState | null {
  const dependsOn = REVIEWED.get(type);
  if (dependsOn === undefined) return null;
  const link = { type, from: { id: from.id }, to: { id: to.id }, dependsOn, fingerprints: { from: from.fingerprint, to: to.fingerprint } };
  return stateOf(lock, link).state;
}

/** Every link subject to review, with its state, by (type, from, to); from the port in a constant number of round-trips. */
export async function linkReviews(store: GraphStore, lock: ReviewLock): Promise<LinkReview[]> {
  const nodes = (await Promise.all(NODE_KINDS.map((kind) => listAll(store, { kind })))).flat();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const ids = nodes.map((node) => node.id);
  const neighbours = ids.length === 0 ? [] : await store.neighbours(ids, REVIEWED_HOPS);
  const links = ids.flatMap((id, i) =>
    (neighbours[i] ?? []).map((n) => {
      const [from, to] = [byId.get(id)!, byId.get(n.id)!];
      const link = { type: n.type, from, to, dependsOn: REVIEWED.get(n.type)!, fingerprints: { from: fingerprintOf(from), to: fingerprintOf(to) } };
      return { ...link, ...stateOf(lock, link), changes: null };
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

const dependedOn = (link: LinkReview) => (link.dependsOn === 'FROM' ? link.from : link.to);
/** The version of the depended-on end a suspect link was reviewed against. */
const reviewedVersion = (link: LinkReview) => versionKey(dependedOn(link).id, link.reviewed![link.dependsOn === 'FROM' ? 'from' : 'to']);
const toReview = (link: LinkReview) => (link.dependsOn === 'FROM' ? link.to : link.from);

export async function suspectLinks(store: GraphStore, history: ModelHistory, lock: ReviewLock, query: SuspectQuery = {}): Promise<SuspectReport> {
  if (query.kind !== undefined && !NODE_KINDS.includes(query.kind)) throw new BadInputError(`'${query.kind}' is not a node kind`);
  const all = await linkReviews(store, lock);
  const state = query.state ?? 'SUSPECT';
  const asked = all.filter((link) => link.state === state && (query.kind === undefined || toReview(link).kind === query.kind));
  const versions = await reviewedVersions(history, new Set(asked.filter((l) => l.state === 'SUSPECT').map(reviewedVersion)));
  const changesOf = (link: LinkReview): readonly FieldChange[] | null => {
    const before = link.state === 'SUSPECT' ? versions.get(reviewedVersion(link)) : undefined;
    return before ? fieldChanges(before, dependedOn(link)) : null;
  };
  const count = (s: ReviewState) => all.filter((link) => link.state === s).length;
  return {
    links: asked.map((link) => ({ ...link, changes: changesOf(link) })),
    totals: { valid: count('VALID'), suspect: count('SUSPECT'), unreviewed: count('UNREVIEWED') },
  };
}
