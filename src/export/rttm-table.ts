/**
 * The RTTM as a table of text cells: the one layout the CSV, Markdown and XLSX exports share,
 * so that a tester sees the same columns whichever format they open.
 */
import type { Rttm, RttmRow, RttmScope } from '../domain/results.js';

export const RTTM_COLUMNS = [
  'Requirement',
  'Name',
  'Status',
  'Direct test cases',
  'Via interface (TC via IF)',
  'Example?',
] as const;

/** Several test cases in one cell, separated so that Excel's text filters still find each id. */
const LIST_SEPARATOR = '; ';

export const rttmCells = (row: RttmRow): string[] => [
  row.requirement.id,
  row.requirement.props.name,
  row.status,
  row.directTestCases.map((tc) => tc.id).join(LIST_SEPARATOR),
  row.viaInterface.map((v) => `${v.testCase.id} via ${v.interface.id}`).join(LIST_SEPARATOR),
  // Example requirements are illustrations, not baselined design: say so on every row.
  row.requirement.props.example === undefined ? 'no' : 'yes',
];

/** The scope in words, e.g. `phase SIT-FUNCTIONAL (SIT Functional), role ADS (Advanced Data Service)`. */
export function describeScope(scope: RttmScope): string {
  const parts = (['phase', 'role', 'artefact'] as const).flatMap((k) => {
    const node = scope[k];
    return node ? [`${k} ${node.id} (${node.props.name})`] : [];
  });
  return parts.length > 0 ? parts.join(', ') : 'whole model';
}

export interface TotalsLine {
  readonly label: string;
  readonly value: number;
  /** Counts have none; the coverage percentage keeps one, as the domain rounds it. */
  readonly decimals: 0 | 1;
}

/** The totals in the order every export prints them. */
export const rttmTotalsLines = ({ totals }: Rttm): readonly TotalsLine[] => [
  { label: 'Requirements', value: totals.requirements, decimals: 0 },
  { label: 'DIRECT', value: totals.direct, decimals: 0 },
  { label: 'VIA_INTERFACE', value: totals.viaInterface, decimals: 0 },
  { label: 'NONE', value: totals.none, decimals: 0 },
  { label: 'Coverage %', value: totals.coveragePercent, decimals: 1 },
];
