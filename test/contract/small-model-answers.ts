/**
 * Answers worked out by hand on test/fixtures/small-model, shared by the domain and API
 * contracts so both layers are held to the same expectation.
 */

/** Impact of CR023 (which changes IF-021), grouped by kind in NODE_KINDS order; see docs/queries.md. */
export const CR023_IMPACT_BY_KIND: readonly (readonly [string, readonly string[]])[] = [
  ['Artefact', ['IFCAT', 'BPD001', 'BRS007']],
  ['BusinessProcess', ['MHHSP-BP001']],
  ['ProcessStep', ['MHHSP-BP001-S03']],
  ['Requirement', ['BRS007-FR-001', 'BRS007-FR-002', 'BRS007-FR-003']],
  ['Role', ['ADS', 'SUPPLIER']],
  ['TestPhase', ['PIT', 'SIT-FUNCTIONAL']],
  ['TestScenario', ['TS-PIT-001', 'TS-SITF-001']],
  ['TestCase', ['TC-PIT-001-02', 'TC-SITF-001-01']],
  ['CodeClause', ['BSC-C-3.2']],
];
