/**
 * What a drawn picture offers to automation: the last one drawn is `window.mhhsPicture`, so that
 * a browser test can find a node on the canvas and click it like a person. No imports: the
 * browser tests (Node side) read this declaration too.
 */
export interface PictureHandle {
  /** Where node `id` is drawn, in CSS pixels from the picture's top-left corner. */
  positionOf(id: string): { x: number; y: number } | null;
  nodeCount(): number;
}

declare global {
  interface Window {
    mhhsPicture?: PictureHandle;
  }
}
