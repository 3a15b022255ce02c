/**
 * A symmetric relationship (impact BOTH, e.g. a conflict between two requirements) depends on both
 * its ends: a change of either makes it suspect, and the element across from each changed end is
 * the one to re-review. No shipped relationship is symmetric yet, so the test declares one: the
 * small model's DERIVES_FROM, declared BOTH in a variant of the metamodel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../src/domain/review.js';
import { linkReviews, reviewedTypes, toReview } from '../../src/domain/suspects.js';
import { renderSuspectsText } from '../../src/export/suspects.js';
import type { DesignModel } from '../../src/model/design-model.js';
import { RELATIONSHIPS } from '../../src/model/relationships.js';
import type { ReviewLock } from '../../src/model/reviews-lock.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { sharedModel } from '../support/models.js';

const SYMMETRIC = reviewedTypes({ ...RELATIONSHIPS, DERIVES_FROM: { ...RELATIONSHIPS.DERIVES_FROM, impact: 'BOTH' } });
const LINK = 'BRS007-FR-002 -[:DERIVES_FROM]-> BRS007-FR-001';

/** The model with the names of `ids` changed. */
const renamed = (model: DesignModel, ...ids: string[]): DesignModel => ({
  ...model,
  nodes: model.nodes.map((node) => (ids.includes(node.id) ? { ...node, props: { ...node.props, name: `${node.props.name} (changed)` } } : node)),
});

describe('suspect links of a symmetric relationship (impact BOTH)', () => {
  let model: DesignModel;
  let lock: ReviewLock;
  const derivation = async (current: DesignModel, types = SYMMETRIC) => {
    const links = await linkReviews(createMemoryStore(current), lock, types);
    return links.find((l) => `${l.from.id} -[:${l.type}]-> ${l.to.id}` === LINK)!;
  };

  beforeAll(async () => {
    model = await sharedModel('test/fixtures/small-model');
    const { lock: links } = await review(createMemoryStore(model), { file: 'reviews.lock.yaml', links: new Map() }, { allValid: true });
    lock = { file: 'reviews.lock.yaml', links: new Map([...links].map(([key, ends]) => [key, { ...ends, at: { line: 1, col: 1 } }])) };
  });

  it('are declared without error and depend on both ends', async () => {
    expect(SYMMETRIC.get('DERIVES_FROM')).toBe('BOTH');
    expect(await derivation(model)).toMatchObject({ dependsOn: 'BOTH', state: 'VALID', changed: [] });
  });

  it('are suspect when the end a one-way link ignores changes, with the other end to re-review', async () => {
    const link = await derivation(renamed(model, 'BRS007-FR-002'));
    expect(link).toMatchObject({ state: 'SUSPECT', changed: [{ end: 'FROM', fields: null }] });
    expect(toReview(link).map((node) => node.id)).toEqual(['BRS007-FR-001']);
    // Declared BACKWARD, as shipped, the same change leaves the link valid.
    expect(await derivation(renamed(model, 'BRS007-FR-002'), reviewedTypes(RELATIONSHIPS))).toMatchObject({ dependsOn: 'TO', state: 'VALID' });
  });

  it('name both ends when both changed, each with the element to re-review', async () => {
    const link = await derivation(renamed(model, 'BRS007-FR-001', 'BRS007-FR-002'));
    expect(link.changed.map((c) => c.end)).toEqual(['FROM', 'TO']);
    expect(toReview(link).map((node) => node.id)).toEqual(['BRS007-FR-001', 'BRS007-FR-002']);
    const text = renderSuspectsText({ links: [link], totals: { valid: 0, suspect: 1, unreviewed: 0 } });
    expect(text).toContain(
      [
        `  SUSPECT    ${LINK}`,
        '      BRS007-FR-002 changed since the review; re-review BRS007-FR-001',
        '        (the reviewed version is in no commit of the model history)',
        '      BRS007-FR-001 changed since the review; re-review BRS007-FR-002',
        '',
      ].join('\n'),
    );
  });
});
