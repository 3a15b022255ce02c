import { describe, expect, it } from 'vitest';
import { impactHopsFrom, PROPAGATION_RULES } from '../../src/domain/impact-rules.js';

describe('impact propagation rules', () => {
  it('follow FORWARD relationships OUT and BACKWARD ones IN, and leave NONE out', () => {
    expect(PROPAGATION_RULES.map((rule) => `${rule.type} ${rule.follow}`)).toEqual([
      'DEFINES IN',
      'HAS_STEP IN',
      'PERFORMED_BY OUT',
      'SENDS IN',
      'FROM OUT',
      'TO OUT',
      'CARRIES IN',
      'FLOW_OF IN',
      'FLOW_FROM OUT',
      'FLOW_TO OUT',
      'APPLIES_TO OUT',
      'REALISED_BY IN',
      'DERIVES_FROM IN',
      'VERIFIES IN',
      'EXERCISES IN',
      'IN_SCENARIO OUT',
      'IN_PHASE OUT',
      'CODIFIES IN',
      'PRODUCES IN',
    ]);
  });

  it('say which kind a change comes from and which it reaches', () => {
    expect(PROPAGATION_RULES.find((rule) => rule.type === 'REALISED_BY')).toEqual({
      type: 'REALISED_BY',
      follow: 'IN',
      changed: ['Interface', 'ProcessStep'],
      impacted: ['Requirement'],
    });
  });

  it('give each kind only the hops its changes travel along', () => {
    expect(impactHopsFrom('Interface')).toEqual([
      { type: 'DEFINES', direction: 'IN' },
      { type: 'SENDS', direction: 'IN' },
      { type: 'FROM', direction: 'OUT' },
      { type: 'TO', direction: 'OUT' },
      { type: 'FLOW_OF', direction: 'IN' },
      { type: 'REALISED_BY', direction: 'IN' },
      { type: 'EXERCISES', direction: 'IN' },
      { type: 'PRODUCES', direction: 'IN' },
    ]);
    // A role's change moves only the artefact defining it, not everything the role touches.
    expect(impactHopsFrom('Role')).toEqual([{ type: 'DEFINES', direction: 'IN' }]);
    expect(impactHopsFrom('Artefact')).toEqual([]);
  });
});
