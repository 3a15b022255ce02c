/** The code-drafting trace as plain text: clause → requirements, then the gaps both ways. */
import type { CodeTrace } from '../domain/results.js';
import { nodeSection } from './node-list.js';
import { nodeLabel } from './reached.js';

export function renderCodeTraceText(trace: CodeTrace): string {
  const clauses = trace.clauses.map((c) => nodeSection(nodeLabel(c.clause), c.requirements, '  ')).join('');
  return [
    `Code trace: ${trace.code ?? 'all codes'}\n`,
    `Clauses (${trace.clauses.length})\n${clauses}`,
    nodeSection('Requirements without a clause', trace.requirementsWithoutClause),
    nodeSection('Clauses codifying no requirement', trace.clausesWithoutRequirement),
  ].join('\n');
}
