/**
 * The RTTM as a table of text cells: the one layout the CSV, Markdown and XLSX exports share,
 * so that a tester sees the same columns whichever format they open.
 */
import type { Rttm, RttmMatrix, RttmOrphan, RttmRow, RttmScope } from '../domain/results.js';
import type { GraphNode } from '../store/port.js';

export const RTTM_COLUMNS = [
  'Requirement',
  'Name',
  'Requirement text',
  'BRS',
  'Roles',
  'Phases',
  'Status',
  'Execution',
  'Direct test cases',
  'Via interface (TC via IF)',
  'Latest results',
  'Example?',
] as const;

/** Several test cases in one cell, separated so that Excel's text filters still find each id. */
const LIST_SEPARATOR = '; ';

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const idList = (nodes: readonly GraphNode[]): string => nodes.map((node) => node.id).join(LIST_SEPARATOR);
// Example elements are illustrations, not baselined design: say so on every row.
const example = (node: GraphNode): string => (node.props.example === undefined ? 'no' : 'yes');

/** What a row says about its requirement, in the columns both sheets start with. */
const requirementCells = (row: RttmRow): string[] => [
  row.requirement.id,
  row.requirement.props.name,
  text(row.requirement.props.text),
  idList(row.artefacts),
  idList(row.roles),
];

export const rttmCells = (row: RttmRow): string[] => [
  ...requirementCells(row),
  idList(row.phases),
  row.status,
  row.execution,
  idList(row.directTestCases),
  row.viaInterface.map((v) => `${v.testCase.id} via ${v.interface.id}`).join(LIST_SEPARATOR),
  row.executions.map((e) => `${e.testCase.id} ${e.outcome}`).join(LIST_SEPARATOR),
  example(row.requirement),
];

/** The requirement × test case table: one row per covering pair, orphan test case and uncovered requirement. */
export const RTTM_PAIR_COLUMNS = [
  'Requirement',
  'Name',
  'Requirement text',
  'BRS',
  'Roles',
  'Phase',
  'Test case',
  'Test case name',
  'Via interface',
  'Coverage',
  'Latest outcome',
  'Latest result',
  'Executed at',
  'Participant',
  'Example?',
] as const;

/** A test case and its latest result, in the pair table's columns from Test case to Participant (Via interface and Coverage given). */
const resultCells = (e: RttmOrphan, via: string, coverage: string): string[] => [
  e.testCase.id,
  e.testCase.props.name,
  via,
  coverage,
  e.outcome,
  e.latestResult?.id ?? '',
  text(e.latestResult?.props.executedAt),
  text(e.latestResult?.props.participant),
];

export function rttmPairRows(matrix: RttmMatrix): string[][] {
  const covered = matrix.rows.flatMap((row) => {
    if (row.executions.length === 0) return [[...requirementCells(row), '', '', '', '', row.status, '', '', '', '', example(row.requirement)]];
    return row.executions.map((e) => [
      ...requirementCells(row),
      idList(e.phases),
      ...resultCells(e, row.viaInterface.filter((v) => v.testCase.id === e.testCase.id).map((v) => v.interface.id).join(LIST_SEPARATOR), e.coverage),
      example(row.requirement),
    ]);
  });
  const orphans = matrix.orphans.map((o) => ['', '', '', '', '', idList(o.phases), ...resultCells(o, '', 'NO_REQUIREMENT'), example(o.testCase)]);
  return [...covered, ...orphans];
}

/** The scope in words, e.g. `phase SIT-FUNCTIONAL (SIT Functional), role ADS (Advanced Data Service)`. */
export function describeScope(scope: RttmScope): string {
  const named = (node: { id: string; props: { name: string } }) => `${node.id} (${node.props.name})`;
  const parts = [
    ...(scope.phases.length > 0 ? [`${scope.phases.length === 1 ? 'phase' : 'phases'} ${scope.phases.map(named).join(', ')}`] : []),
    ...(['role', 'artefact'] as const).flatMap((k) => {
      const node = scope[k];
      return node ? [`${k} ${named(node)}`] : [];
    }),
    ...(scope.interval === null ? [] : [`entry interval ${named(scope.interval)}`]),
    ...(scope.release === null ? [] : [`design release ${named(scope.release)}`]),
    ...(scope.participant === null ? [] : [`participant ${scope.participant}`]),
    ...(scope.baseline === null ? [] : [`design at ${scope.baseline.asked} (commit ${scope.baseline.commit?.slice(0, 12)}), today's results`]),
  ];
  return parts.length > 0 ? parts.join(', ') : 'whole model';
}

export interface TotalsLine {
  readonly label: string;
  readonly value: number;
  /** Counts have none; the coverage percentage keeps one, as the domain rounds it. */
  readonly decimals: 0 | 1;
}

/** The totals in the order every export prints them. */
export const rttmTotalsLines = ({ totals }: RttmMatrix): readonly TotalsLine[] => [
  { label: 'Requirements', value: totals.requirements, decimals: 0 },
  { label: 'DIRECT', value: totals.direct, decimals: 0 },
  { label: 'VIA_INTERFACE', value: totals.viaInterface, decimals: 0 },
  { label: 'NONE', value: totals.none, decimals: 0 },
  { label: 'Verified (direct test passed)', value: totals.passed, decimals: 0 },
  { label: 'Passed via interface only', value: totals.passedViaInterface, decimals: 0 },
  { label: 'Failed', value: totals.failed, decimals: 0 },
  { label: 'Blocked', value: totals.blocked, decimals: 0 },
  { label: 'Not run', value: totals.notRun, decimals: 0 },
  // Direct first: interface links are never the headline.
  { label: 'Direct coverage %', value: totals.directCoveragePercent, decimals: 1 },
  { label: 'Design coverage % (direct + via interface)', value: totals.designCoveragePercent, decimals: 1 },
  { label: 'Passed %', value: totals.passedPercent, decimals: 1 },
];

/** The orphan test cases as one line of ids, or `none`. */
export const orphansLine = ({ orphanTestCases }: RttmMatrix): string =>
  orphanTestCases.length === 0 ? 'none' : orphanTestCases.map((tc) => tc.id).join(LIST_SEPARATOR);

/** The scope and the design the matrix was built from, as (field, value) pairs: a circulated workbook says what it is of. */
export const rttmProvenanceLines = (rttm: Rttm): readonly (readonly [string, string])[] => [
  ['Scope', describeScope(rttm.scope)],
  ...rttm.scope.notes.map((note) => ['Scope note', note] as const),
  ['Model hash', rttm.model.modelHash ?? 'unknown'],
  ['Git commit', rttm.model.gitCommit ?? 'unknown (not in a git repository)'],
];
