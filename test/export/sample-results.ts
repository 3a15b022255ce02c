/** Hand-made query results for the renderer tests: small, with the awkward characters exports must survive. */
import type { ImpactResult, Reached, Rttm, RttmMatrix } from '../../src/domain/results.js';
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
const result = (id: string, outcome: string): GraphNode => ({
  id,
  kind: 'TestResult',
  props: { name: `${id} ${outcome}`, outcome, run: 'SIT-F-C1', executedAt: '2024-03-12', example: 'Illustrative.' },
});
const tr1 = result('TR-SIT-F-C1-001', 'PASSED');
const tr2 = result('TR-SIT-F-C1-002', 'FAILED');
const tr9 = { ...result('TR-SIT-F-C1-009', 'PASSED'), props: { ...result('TR-SIT-F-C1-009', 'PASSED').props, participant: 'Example ADS Ltd' } };
const brs007 = node('Artefact', 'BRS007', 'BRS Advanced Data Service');
const supplier = node('Role', 'SUPPLIER', 'Supplier');
const tc9 = node('TestCase', 'TC-009', 'Smoke test the DIP');

const matrix: RttmMatrix = {
  rows: [
    {
      requirement: { ...node('Requirement', 'BRS007-FR-001', 'Validate, then store "actuals"', 'Illustrative.'), props: { name: 'Validate, then store "actuals"', text: 'The ADS shall validate, then store.', example: 'Illustrative.' } },
      status: 'DIRECT',
      directTestCases: [tc1, tc2],
      viaInterface: [],
      execution: 'FAILED',
      executions: [
        { testCase: tc1, coverage: 'DIRECT', latestResult: tr1, outcome: 'PASSED', phases: [phase] },
        { testCase: tc2, coverage: 'DIRECT', latestResult: tr2, outcome: 'FAILED', phases: [phase] },
      ],
      artefacts: [brs007],
      roles: [ads, supplier],
      phases: [phase],
    },
    {
      requirement: node('Requirement', 'BRS007-FR-002', 'Send data\nto the MDS'),
      status: 'VIA_INTERFACE',
      directTestCases: [],
      viaInterface: [{ testCase: tc2, interface: if21 }],
      execution: 'FAILED',
      executions: [{ testCase: tc2, coverage: 'VIA_INTERFACE', latestResult: tr2, outcome: 'FAILED', phases: [phase] }],
      artefacts: [brs007],
      roles: [ads],
      phases: [phase],
    },
    {
      requirement: node('Requirement', 'BRS007-FR-003', 'Report | reconcile'),
      status: 'NONE',
      directTestCases: [],
      viaInterface: [],
      execution: 'NO_TEST_CASE',
      executions: [],
      artefacts: [],
      roles: [ads],
      phases: [],
    },
  ],
  totals: {
    requirements: 3, direct: 1, viaInterface: 1, none: 1,
    passed: 0, passedViaInterface: 0, failed: 2, blocked: 0, notRun: 0,
    directCoveragePercent: 33.3, designCoveragePercent: 66.7, passedPercent: 0, coveragePercent: 66.7,
  },
  uncovered: [node('Requirement', 'BRS007-FR-003', 'Report | reconcile')],
  orphanTestCases: [tc9],
  orphans: [{ testCase: tc9, latestResult: tr9, outcome: 'PASSED', phases: [phase] }],
};

export const sampleRttm: Rttm = {
  scope: { phase, phases: [phase], role: ads, artefact: null, participant: null, interval: null, release: null, baseline: null, notes: [] },
  ...matrix,
  byPhase: [{ phase, ...matrix }],
  model: { modelHash: '5f0c0ffee', gitCommit: '0123456789abcdef0123456789abcdef01234567' },
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
  warnings: [],
};
