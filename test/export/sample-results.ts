/** Hand-made query results for the renderer tests: small, with the awkward characters exports must survive. */
import type { ImpactResult, Reached, Rttm } from '../../src/domain/results.js';
import type { NodeKind } from '../../src/model/kinds.js';
import type { GraphNode } from '../../src/store/port.js';

export const node = (kind: NodeKind, id: string, name: string, example?: string): GraphNode => ({
  id,
  kind,
  props: example === undefined ? { name } : { name, example },
});

const phase = node('TestPhase', 'SIT-FUNCTIONAL', 'SIT Functional');
const ads = node('Role', 'ADS', 'Advanced Data Service');
const tc1 = node('TestCase', 'TC-001', 'Load consumption data');
const tc2 = node('TestCase', 'TC-002', 'Publish to DIP');
const if21 = node('Interface', 'IF-021', 'Settlement data');

export const sampleRttm: Rttm = {
  scope: { phase, role: ads, artefact: null },
  rows: [
    {
      requirement: node('Requirement', 'BRS007-FR-001', 'Validate, then store "actuals"', 'Illustrative.'),
      status: 'DIRECT',
      directTestCases: [tc1, tc2],
      viaInterface: [],
    },
    {
      requirement: node('Requirement', 'BRS007-FR-002', 'Send data\nto the MDS'),
      status: 'VIA_INTERFACE',
      directTestCases: [],
      viaInterface: [{ testCase: tc2, interface: if21 }],
    },
    {
      requirement: node('Requirement', 'BRS007-FR-003', 'Report | reconcile'),
      status: 'NONE',
      directTestCases: [],
      viaInterface: [],
    },
  ],
  totals: { requirements: 3, direct: 1, viaInterface: 1, none: 1, coveragePercent: 66.7 },
  uncovered: [node('Requirement', 'BRS007-FR-003', 'Report | reconcile')],
};

const cr = node('ChangeRequest', 'CR023', 'Amend settlement interfaces');
const req = node('Requirement', 'BRS007-FR-002', 'Send data to the MDS', 'Illustrative.');
const tc = node('TestCase', 'TC-003', 'Exercise IF-021');

/** The relationships of example elements, as the model builds them. */
const asWritten = { state: 'EXAMPLE', note: 'Illustrative.', inherited: true } as const;

const reqReached: Reached = {
  node: req,
  depth: 1,
  path: { start: 'IF-021', hops: [{ type: 'REALISED_BY', direction: 'IN', to: 'BRS007-FR-002', provenance: asWritten }] },
};
const tcReached: Reached = {
  node: tc,
  depth: 2,
  path: { start: 'IF-021', hops: [...reqReached.path.hops, { type: 'VERIFIES', direction: 'IN', to: 'TC-003', provenance: asWritten }] },
};

export const sampleImpact: ImpactResult = {
  changeRequest: cr,
  changed: [if21],
  maxDepth: 3,
  impacted: [reqReached, tcReached],
  byKind: [
    { kind: 'Requirement', elements: [reqReached] },
    { kind: 'TestCase', elements: [tcReached] },
  ],
};
