/**
 * `reviews.lock.yaml`, at the top of the model directory: for each reviewed link, the fingerprints
 * (fingerprint.ts) of its two ends when it was last reviewed. Written by `mhhs review`, kept in git
 * beside the model. One line per link, sorted, so a diff shows exactly which links were reviewed
 * and two pull requests reviewing different links rarely touch the same lines:
 *
 *   links:
 *     "TC-SITF-001-01 VERIFIES BRS007-FR-001": "3f2c1a2b3c4d5e6f 9a8b7c6d5e4f3a2b"
 *
 * The model loader never reads it as a model file (sources.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InvalidModelError, type ModelProblem } from '../errors.js';
import { isMapping } from './elements.js';
import { compare } from './order.js';
import { parseYaml } from './parse.js';
import type { Position } from './positions.js';
import { isRelationshipType, type RelationshipType } from './relationships.js';
import { REVIEWS_LOCK_FILE } from './sources.js';

export interface LinkId {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
}

/** The fingerprints of a link's two ends. */
export interface EndFingerprints {
  readonly from: string;
  readonly to: string;
}

export interface ReviewedLink extends EndFingerprints {
  /** Where the entry is written in the lock file. */
  readonly at: Position;
}

export interface ReviewLock {
  /** The lock file as problems name it. */
  readonly file: string;
  /** By link key (linkKey). */
  readonly links: ReadonlyMap<string, ReviewedLink>;
}

/** `TC-SITF-001-01 VERIFIES BRS007-FR-001`: ids never hold spaces, so this is unambiguous. */
export const linkKey = ({ type, from, to }: LinkId): string => `${from} ${type} ${to}`;

export function parseLinkKey(key: string): LinkId | null {
  const [from, type, to, ...rest] = key.split(' ');
  return from && to && type && rest.length === 0 && isRelationshipType(type) ? { type, from, to } : null;
}

const ENTRY = /^([0-9a-f]{16}) ([0-9a-f]{16})$/;

const lockPath = (modelDir: string) => join(modelDir, REVIEWS_LOCK_FILE);

/** The lock of `modelDir`; empty when there is none yet. Throws InvalidModelError listing every bad entry. */
export async function readReviewLock(modelDir: string): Promise<ReviewLock> {
  const path = lockPath(modelDir);
  const file = relative(process.cwd(), path).split(sep).join('/');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, links: new Map() };
    throw error;
  }
  const parsed = parseYaml(text, file);
  if ('problem' in parsed) throw new InvalidModelError([parsed.problem], `The review lock ${file}`);
  const { root, locate } = parsed.document;
  const links = new Map<string, ReviewedLink>();
  const problems: ModelProblem[] = [];
  const entries = isMapping(root) ? root.links ?? {} : undefined;
  if (!isMapping(entries)) {
    problems.push({ file, ...locate([]), message: 'a review lock is a mapping with one key, `links`: link -> "<from fingerprint> <to fingerprint>"' });
  } else {
    for (const [key, value] of Object.entries(entries)) {
      const fingerprints = typeof value === 'string' ? ENTRY.exec(value) : null;
      if (!parseLinkKey(key)) problems.push({ file, ...locate(['links', key], 'key'), message: `'${key}' is not a link: write "<from id> <RELATIONSHIP_TYPE> <to id>"` });
      else if (!fingerprints) problems.push({ file, ...locate(['links', key]), message: 'expected "<from fingerprint> <to fingerprint>", two 16-digit hex fingerprints' });
      else links.set(key, { from: fingerprints[1]!, to: fingerprints[2]!, at: locate(['links', key], 'key') });
    }
  }
  if (problems.length > 0) throw new InvalidModelError(problems, `The review lock ${file}`);
  return { file, links };
}

const HEADER = `# Link reviews: for each link, the fingerprints of its two ends when it was last reviewed.
# Written by \`mhhs review\`; see README "Change control". Sorted, one line per link: on a merge
# conflict keep both sides' lines (or take either side) and run \`mhhs review\` again.
`;

/** Writes the lock with exactly these links, sorted by key. */
export async function writeReviewLock(modelDir: string, links: ReadonlyMap<string, EndFingerprints>): Promise<void> {
  const keys = [...links.keys()].sort(compare);
  const lines = keys.map((key) => `  ${JSON.stringify(key)}: "${links.get(key)!.from} ${links.get(key)!.to}"\n`);
  await writeFile(lockPath(modelDir), `${HEADER}links:${keys.length === 0 ? ' {}' : ''}\n${lines.join('')}`);
}
