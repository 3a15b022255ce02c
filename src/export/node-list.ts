/** A titled, counted list of elements: the building block of the role-view and code-trace text. */
import type { GraphNode } from '../store/port.js';
import { nodeLabel } from './reached.js';

export const nodeSection = (title: string, nodes: readonly GraphNode[], indent = ''): string =>
  `${indent}${title} (${nodes.length})\n${nodes.map((n) => `${indent}  ${nodeLabel(n)}\n`).join('')}`;
