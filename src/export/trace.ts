/** Trace results for the CLI, as plain text or Markdown. */
import type { TraceResult } from '../domain/results.js';
import { reachedMarkdown, reachedText } from './reached.js';

const headline = (t: TraceResult): string =>
  `Trace from ${t.from.id} (${t.from.props.name}) to ${t.toKind}: ${t.targets.length} reached within depth ${t.maxDepth}`;

export const renderTraceText = (t: TraceResult): string => `${headline(t)}\n${t.targets.map(reachedText).join('')}`;

export const renderTraceMarkdown = (t: TraceResult): string => `# ${headline(t)}\n\n${reachedMarkdown(t.targets)}`;
