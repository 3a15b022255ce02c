/**
 * The trace and impact policy is read off each kind's and relationship's declaration: every
 * entry decides it (the types require it), and the rules the domain walks follow from those
 * decisions alone.
 */
import { describe, expect, it } from 'vitest';
import { propagationRulesOf } from '../../src/domain/impact-rules.js';
import { CHANGE_CONTROL, HIERARCHIES, HUB_KINDS } from '../../src/domain/trace-rules.js';
import { KINDS, NODE_KINDS, type KindSpec } from '../../src/model/kinds.js';
import { RELATIONSHIPS, type RelationshipSpec } from '../../src/model/relationships.js';

describe('policy declared with each kind and relationship', () => {
  it('takes the hubs, hierarchies and change-control relationships of a trace from the declarations', () => {
    expect([...HUB_KINDS].sort()).toEqual(NODE_KINDS.filter((kind) => KINDS[kind].hub).sort());
    expect(HUB_KINDS).toEqual(
      new Set([
        'Artefact', 'DataItem', 'Role', 'TestPhase', 'TestScenario', 'ChangeRequest', 'DesignRelease', 'DesignPrinciple',
        'Milestone', 'GovernanceGroup', 'System', 'CodeDraftingTranche', 'CodeDraftingTopic', 'EntryInterval', 'QualificationRoute',
      ]),
    );
    expect(HIERARCHIES).toEqual(['IN_SCENARIO', 'IN_PHASE', 'PART_OF', 'SUBPHASE_OF', 'INTERVAL_OF', 'ON_ROUTE']);
    // Programme governance (milestones, decisions, drafting) is followed from a trace's start only, like change control.
    expect(CHANGE_CONTROL).toEqual([
      'CHANGES', 'IMPLEMENTED_IN', 'DEPENDS_ON', 'CONCERNS', 'GOVERNED_BY', 'REPORTS_TO', 'DECIDED_BY', 'DECIDES_ON', 'DECIDING_BODY', 'ENTERS', 'IN_TRANCHE', 'DRAFTED_IN', 'QUALIFIES_THROUGH', 'AWAITS_PHASE', 'COHORT_ROLE', 'TRANCHE_SERVICE',
    ]);
  });

  it('lets change requests change, and artefacts define, exactly the kinds that say so', () => {
    expect(RELATIONSHIPS.CHANGES.to).toEqual(NODE_KINDS.filter((kind) => KINDS[kind].changedByChangeRequests));
    expect(RELATIONSHIPS.DEFINES.to).toEqual(NODE_KINDS.filter((kind) => KINDS[kind].definedByArtefacts));
    expect(RELATIONSHIPS.CHANGES.to).not.toContain('ChangeRequest');
    expect(RELATIONSHIPS.DEFINES.to).not.toContain('Artefact');
  });

  it('propagates a symmetric (BOTH) relationship both ways', () => {
    const conflict: RelationshipSpec = { ...RELATIONSHIPS.DERIVES_FROM, impact: 'BOTH' };
    expect(propagationRulesOf('DERIVES_FROM', conflict)).toEqual([
      { type: 'DERIVES_FROM', follow: 'OUT', changed: ['Requirement'], impacted: ['Requirement'] },
      { type: 'DERIVES_FROM', follow: 'IN', changed: ['Requirement'], impacted: ['Requirement'] },
    ]);
    expect(propagationRulesOf('GUIDED_BY', RELATIONSHIPS.GUIDED_BY)).toEqual([]);
  });

  it('cannot declare a kind or a relationship without deciding its policy', () => {
    const { hub: _hub, ...undecidedKind } = KINDS.Role;
    // @ts-expect-error a kind must say whether it is a hub
    const kind: KindSpec = undecidedKind;
    const { trace: _trace, ...undecidedRelationship } = RELATIONSHIPS.PART_OF;
    // @ts-expect-error a relationship must say how a trace follows it
    const relationship: RelationshipSpec = undecidedRelationship;
    expect([kind.description, relationship.description]).toEqual([KINDS.Role.description, RELATIONSHIPS.PART_OF.description]);
  });
});
