/**
 * The impact assessment of a change request as the design lead circulates it: text for the
 * terminal, Markdown for a note, CSV (the impacted elements, one a row) and a workbook with a
 * sheet per summary. Every rendering says which links are inferred or examples, which elements
 * are proposed, and which design (model hash, git commit) the answer was computed on.
 */
import type { ImpactAssessment, NamedGroup, NodeGroup } from '../domain/assessment.js';
import { describeProposal, describeProvenance } from '../model/provenance.js';
import type { GraphNode } from '../store/port.js';
import { toCsv } from './csv.js';
import { mdTable } from './markdown-table.js';
import { exampleMark } from './reached.js';
import type { TableSheet } from './xlsx.js';
import { renderWorkbook } from './xlsx-thread.js';

const label = (node: GraphNode): string => `${node.id}  ${node.props.name}${exampleMark(node)}`;
const ids = (nodes: readonly GraphNode[]): string => nodes.map((n) => n.id).join(', ');
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The CR's own facts and the design the assessment was computed on, as (field, value) pairs. */
function factsOf(a: ImpactAssessment): [string, string][] {
  const { props } = a.changeRequest;
  return [
    ['Change request', `${a.changeRequest.id} ${props.name}`],
    ['Raiser', text(props.raiser)],
    ['Type', text(props.type)],
    ['Approval status', text(props.approvalStatus)],
    ['Stage', text(props.stage)],
    ['Release', a.implementedIn ? `${a.implementedIn.id} ${a.implementedIn.props.name}` : ''],
    ['Design', a.includeProposed.length === 0 ? 'baselined design' : `with the proposals of ${a.includeProposed.join(', ')}`],
    ['Model hash', a.model.modelHash ?? 'unknown'],
    ['Git commit', a.model.gitCommit ?? 'not in a git repository'],
    ['Max depth', String(a.impact.maxDepth)],
    ['Impacted elements', String(a.elements.length)],
  ];
}

const linkCells = (a: ImpactAssessment) =>
  a.changes.map((c) => [c.node.id, text(c.node.props.name), describeProvenance(c.provenance) + (c.provenance.inherited ? ` (the CR's)` : ''), c.proposedBy ? describeProposal(c.proposedBy) : '']);

const nodeGroupRows = (groups: readonly NodeGroup[]) => groups.map((g) => [g.node.id, text(g.node.props.name), String(g.elements.length), ids(g.elements)]);
const namedGroupRows = (groups: readonly NamedGroup[]) => groups.map((g) => [g.name, String(g.elements.length), ids(g.elements)]);

/** The tables every format renders, in the order a reader wants them. */
export function assessmentSheets(a: ImpactAssessment): TableSheet[] {
  return [
    { name: 'Summary', columns: ['Field', 'Value'], widths: [20, 80], rows: factsOf(a) },
    {
      name: 'Impacted',
      columns: ['Kind', 'Id', 'Name', 'Depth', 'Why'],
      widths: [16, 18, 48, 7, 100],
      rows: a.elements.map((e) => [e.node.kind, e.node.id, `${e.node.props.name}${exampleMark(e.node)}`, String(e.depth), e.sentence]),
    },
    { name: 'Changes', columns: ['Element', 'Name', 'Link provenance', 'Proposal'], widths: [18, 48, 60, 40], rows: linkCells(a) },
    { name: 'By artefact', columns: ['Artefact', 'Name', 'Elements', 'Ids'], widths: [22, 48, 9, 80], rows: nodeGroupRows(a.byArtefact) },
    { name: 'By role', columns: ['Role', 'Name', 'Elements', 'Ids'], widths: [16, 40, 9, 80], rows: nodeGroupRows(a.byRole) },
    { name: 'By constituency', columns: ['Constituency', 'Processes', 'Ids'], widths: [36, 10, 80], rows: namedGroupRows(a.byConstituency) },
    { name: 'By test phase', columns: ['Test phase', 'Name', 'Elements', 'Ids'], widths: [20, 40, 9, 80], rows: nodeGroupRows(a.byTestPhase) },
    { name: 'By industry code', columns: ['Code', 'Clauses', 'Ids'], widths: [8, 9, 80], rows: namedGroupRows(a.byCode) },
    {
      name: 'Overlapping CRs',
      columns: ['Change request', 'Name', 'Shared elements', 'Ids'],
      widths: [16, 48, 9, 80],
      rows: a.overlapping.map((o) => [o.changeRequest.id, text(o.changeRequest.props.name), String(o.shared.length), ids(o.shared)]),
    },
    { name: 'Warnings', columns: ['Warning'], widths: [120], rows: a.warnings.map((w) => [w]) },
  ];
}

export function renderAssessmentText(a: ImpactAssessment): string {
  const section = (title: string, lines: readonly string[]) => `\n${title} (${lines.length})\n${lines.map((l) => `  ${l}\n`).join('')}`;
  const facts = factsOf(a).map(([field, value]) => `${field}: ${value}\n`).join('');
  return [
    `Impact assessment of ${a.changeRequest.id} (${a.changeRequest.props.name})\n${facts}`,
    ...a.warnings.map((w) => `Warning: ${w}\n`),
    section('Changes', a.changes.map((c) => `${label(c.node)}  — link: ${describeProvenance(c.provenance)}${c.proposedBy ? `; proposed: ${describeProposal(c.proposedBy)}` : ''}`)),
    section('Impacted', a.elements.map((e) => `${e.node.kind} ${label(e.node)}: ${e.sentence}`)),
    section('By artefact (documents to change-mark)', a.byArtefact.map((g) => `${g.node.id}: ${ids(g.elements)}`)),
    section('By role (who must respond)', a.byRole.map((g) => `${g.node.id}: ${ids(g.elements)}`)),
    section('By constituency', a.byConstituency.map((g) => `${g.name}: ${ids(g.elements)}`)),
    section('By test phase', a.byTestPhase.map((g) => `${g.node.id}: ${ids(g.elements)}`)),
    section('By industry code (clauses to redraft)', a.byCode.map((g) => `${g.name}: ${ids(g.elements)}`)),
    section('Overlapping change requests', a.overlapping.map((o) => `${o.changeRequest.id} ${o.changeRequest.props.name}: shares ${ids(o.shared)}`)),
  ].join('');
}

export function renderAssessmentMarkdown(a: ImpactAssessment): string {
  const [summary, ...rest] = assessmentSheets(a);
  const warnings = a.warnings.map((w) => `> **Warning:** ${w}\n`).join('');
  return [
    `# Impact assessment of ${a.changeRequest.id}: ${a.changeRequest.props.name}\n\n`,
    warnings ? `${warnings}\n` : '',
    mdTable(summary!.columns, summary!.rows),
    ...rest.filter((sheet) => sheet.name !== 'Warnings').map((sheet) => `\n## ${sheet.name}\n\n${sheet.rows.length === 0 ? 'None.\n' : mdTable(sheet.columns, sheet.rows)}`),
  ].join('');
}

/** The impacted elements, one a row: the table a CSV is loaded as. */
export const renderAssessmentCsv = (a: ImpactAssessment): string => {
  const impacted = assessmentSheets(a)[1]!;
  return toCsv([impacted.columns, ...impacted.rows]);
};

export const renderAssessmentXlsx = (a: ImpactAssessment): Promise<Buffer> => renderWorkbook('renderSheetsXlsx', assessmentSheets(a));
