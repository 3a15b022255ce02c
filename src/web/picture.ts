/**
 * Pictures of the graph, drawn by Cytoscape.js (bundled; no CDN): nodes coloured by kind and
 * labelled by id, laid out automatically, a click on a node opens its page. The last picture drawn
 * is reachable as `window.mhhsPicture` (picture-handle.ts).
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { NodeKind } from './generated/graphql';
import { KIND_COLOURS } from './kinds';
import type { PictureHandle } from './picture-handle';

export interface PictureNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  /** Drawn larger: the element the picture is about, or the changed elements of an impact. */
  readonly root?: boolean;
}

export interface PictureEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

export interface PictureOptions {
  /** `tree`: roots at the top, each level below (an impact); `web`: force-directed (a neighbourhood). */
  readonly layout: 'tree' | 'web';
  readonly onOpen: (id: string) => void;
}


const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(id)',
      'font-size': 9,
      color: '#1f2937',
      'text-valign': 'bottom',
      'text-margin-y': 2,
      width: 16,
      height: 16,
    },
  },
  { selector: 'node[?root]', style: { width: 30, height: 30, 'font-size': 12, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111827' } },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge:selected, edge.hover', style: { label: 'data(label)', 'font-size': 8, color: '#374151' } },
  { selector: 'node.hover', style: { label: (n: cytoscape.NodeSingular) => `${n.id()} ${n.data('name') as string}`, 'z-index': 10 } },
];

export function drawPicture(container: HTMLElement, nodes: readonly PictureNode[], edges: readonly PictureEdge[], options: PictureOptions): PictureHandle {
  const elements: ElementDefinition[] = [
    ...nodes.map((n) => ({ data: { id: n.id, name: n.name, colour: KIND_COLOURS[n.kind], root: n.root === true } })),
    ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, label: e.label } })),
  ];
  const cy: Core = cytoscape({ container, elements, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
  cy.layout(
    options.layout === 'tree'
      ? // Cytoscape's types allow only ids here; a collection is what it documents and reads.
        { name: 'breadthfirst', directed: true, roots: cy.nodes('[?root]') as unknown as string[], spacingFactor: 0.9, animate: false }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 6000, idealEdgeLength: () => 60 },
  ).run();
  cy.on('tap', 'node', (event) => options.onOpen((event.target as cytoscape.NodeSingular).id()));
  cy.on('mouseover', 'node, edge', (event) => (event.target as cytoscape.SingularElementReturnValue).addClass('hover'));
  cy.on('mouseout', 'node, edge', (event) => (event.target as cytoscape.SingularElementReturnValue).removeClass('hover'));
  const handle: PictureHandle = {
    positionOf(id) {
      const node = cy.getElementById(id);
      return node.empty() ? null : node.renderedPosition();
    },
    nodeCount: () => cy.nodes().length,
  };
  window.mhhsPicture = handle;
  return handle;
}
