/**
 * The Tranche 1 review comments of paper 003 ("MHHS Design- Design Artefact Status Update-
 * Tranche 1") are held as `reviewComments` on the artefacts and interfaces they were made on; the
 * paper's own cross-check is its Grand Total, which the model must reproduce.
 */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../support/models.js';

/** The paper's Grand Total of comments, over every Tranche 1 artefact and interface. */
const GRAND_TOTAL = 707;

describe('Tranche 1 review comments in the model', () => {
  it('add up, over artefacts and interfaces, to the Grand Total of paper 003', async () => {
    const { nodes } = await shippedModel();
    const reviewed = nodes.filter((n) => n.props.reviewComments !== undefined);
    expect(new Set(reviewed.map((n) => n.kind))).toEqual(new Set(['Artefact', 'Interface']));
    expect(reviewed.every((n) => n.props.tranche === 1)).toBe(true);
    expect(reviewed.reduce((sum, n) => sum + Number(n.props.reviewComments), 0)).toBe(GRAND_TOTAL);
  });
});
