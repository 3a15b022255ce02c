/**
 * Reached elements (of an impact or a trace) as text and Markdown: the element, its depth, and
 * the path explaining why it is reached, written like a Cypher pattern so Neo4j users can read it:
 * `IF-021 <-[:REALISED_BY]- BRS007-FR-001`.
 */
import { formatPath } from '../domain/path-pattern.js';
import type { Reached } from '../domain/results.js';
import { describeProposal } from '../model/provenance.js';
import type { GraphNode } from '../store/port.js';
import { mdTable } from './markdown-table.js';

/** Example elements are illustrations, not baselined design; every rendering says so. */
export const exampleMark = (node: GraphNode): string =>
  (node.props.example !== undefined ? ' [example]' : node.props.inferred !== undefined ? ' [inferred]' : '') +
  (node.props.proposedBy ? ` [proposed: ${describeProposal(node.props.proposedBy)}]` : '');

export const nodeLabel = (node: GraphNode): string => `${node.id}  ${node.props.name}${exampleMark(node)}`;

export const reachedText = (r: Reached): string => `  ${nodeLabel(r.node)}  (depth ${r.depth})\n      ${formatPath(r.path)}\n`;

export const reachedMarkdown = (reached: readonly Reached[]): string =>
  mdTable(
    ['Id', 'Name', 'Depth', 'Path'],
    reached.map((r) => [r.node.id, `${r.node.props.name}${exampleMark(r.node)}`, String(r.depth), `\`${formatPath(r.path)}\``]),
  );
