/**
 * A query result as one table of text cells: the shape the CSV and XLSX exports of impact, code
 * trace and role view share, so that the CLI's file and the explorer's download are the same.
 */
import type { CodeTrace, ImpactResult, RoleView } from '../domain/results.js';
import type { GraphNode } from '../store/port.js';
import { toCsv } from './csv.js';
import { formatPath } from '../domain/path-pattern.js';
import { exampleMark } from './reached.js';
import { renderWorkbook } from './xlsx-thread.js';

export interface Table {
  /** The sheet name in a workbook. */
  readonly name: string;
  readonly columns: readonly string[];
  /** Column widths in a workbook, in characters. */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly string[])[];
  /** The workbook's Summary sheet: counts a reader wants before the rows. */
  readonly summary: readonly (readonly [string, number])[];
}

export const renderTableCsv = (table: Table): string => toCsv([table.columns, ...table.rows]);

export const renderTableWorkbook = (table: Table): Promise<Buffer> => renderWorkbook('renderTableXlsx', table, table.summary);

const nameOf = (node: GraphNode): string => `${node.props.name}${exampleMark(node)}`;

/** Every impacted element, kind by kind as the result groups them, with the path explaining it. */
export const impactTable = (impact: ImpactResult): Table => ({
  name: 'Impact',
  columns: ['Kind', 'Id', 'Name', 'Depth', 'Path'],
  widths: [16, 18, 48, 7, 80],
  rows: impact.byKind.flatMap((group) => group.elements.map((r) => [group.kind, r.node.id, nameOf(r.node), String(r.depth), formatPath(r.path)])),
  summary: [['Changed elements', impact.changed.length], ['Impacted elements', impact.impacted.length], ['Max depth', impact.maxDepth], ...impact.byKind.map((g): [string, number] => [g.kind, g.elements.length])],
});

/** One row per clause–requirement pair; a clause codifying nothing and a requirement without a clause get a row with blanks. */
export const codeTraceTable = (trace: CodeTrace): Table => ({
  name: 'Code trace',
  columns: ['Clause', 'Document', 'Clause reference', 'Requirement', 'Requirement name'],
  widths: [16, 24, 16, 18, 48],
  summary: [['Clauses', trace.clauses.length], ['Requirements without a clause', trace.requirementsWithoutClause.length], ['Clauses codifying none', trace.clausesWithoutRequirement.length]],
  rows: [
    ...trace.clauses.flatMap(({ clause, requirements }) => {
      const clauseCells = [clause.id, String(clause.props.document ?? ''), String(clause.props.clause ?? '')];
      return requirements.length === 0 ? [[...clauseCells, '', '']] : requirements.map((r) => [...clauseCells, r.id, nameOf(r)]);
    }),
    ...trace.requirementsWithoutClause.map((r) => ['', '', '', r.id, nameOf(r)]),
  ],
});

const passedIn = (view: RoleView): number => view.testCasesByPhase.reduce((n, p) => n + p.checklist.filter((e) => e.outcome === 'PASSED').length, 0);

/** What a role sends, receives, takes part in, must satisfy and must pass, one element a row; test cases with their latest outcome and why. */
export const roleViewTable = (view: RoleView): Table => {
  const row = (section: string, group: string) => (node: GraphNode) => [section, group, node.id, nameOf(node), '', '', '', ''];
  const sent = new Map(view.sendsBecause.map((s) => [s.node.id, s.because.join('; ')]));
  return {
    name: `Role ${view.role.id}`,
    columns: ['Section', 'Within', 'Id', 'Name', 'Latest outcome', 'Latest result', 'Executed at', 'Why listed'],
    widths: [14, 16, 18, 56, 14, 18, 22, 80],
    summary: [['Sends', view.sends.length], ['Receives', view.receives.length], ['Processes', view.processes.length], ['Must satisfy', view.requirements.length], ['Must pass', view.testCasesByPhase.reduce((n, p) => n + p.testCases.length, 0)], ['Passed', passedIn(view)]],
    rows: [
      ...view.parts.map(row('Part', '')),
      ...view.sends.map((node) => [...row('Sends', '')(node).slice(0, 7), sent.get(node.id) ?? '']),
      ...view.receives.map(row('Receives', '')),
      ...view.processes.flatMap((p) => p.steps.map(row('Takes part in', p.process.id))),
      ...view.requirements.map(row('Must satisfy', '')),
      ...view.testCasesByPhase.flatMap((p) =>
        p.checklist.map((entry) => [
          'Must pass',
          p.phase.id,
          entry.testCase.id,
          nameOf(entry.testCase),
          entry.outcome,
          entry.latestResult?.id ?? '',
          String(entry.latestResult?.props.executedAt ?? ''),
          entry.because.join('; '),
        ]),
      ),
    ],
  };
};
