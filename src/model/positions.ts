/**
 * Source positions of a parsed YAML document, so that a problem found in the parsed value can
 * point at the key or value that causes it.
 *
 * js-yaml 4 reports no positions in its result, but calls a `listener` when it starts ('open')
 * and finishes ('close') composing each node. Each 'open' marks where the node begins (before
 * any leading whitespace or comment, which we skip ourselves); each 'close' hands us the
 * composed value. Nesting the events gives a tree of frames, from which we index:
 *   - every mapping and sequence, by object identity (aliases of collections are rejected by the
 *     parser, so every collection instance occurs exactly once);
 *   - every mapping key and its value, by key name within its mapping;
 *   - every sequence item, by index within its sequence.
 * Scalars have no identity, so they are found through the collection that holds them.
 */
import type { EventType, State } from 'js-yaml';

/** 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly col: number;
}

/** A step into a parsed value: a mapping key or a sequence index. */
export type PathSegment = string | number;

interface Frame {
  /** Offset of the node's first character. */
  start: number;
  /** Offset just after the node. */
  end: number;
  result: unknown;
  readonly children: Frame[];
}

interface CollectionPositions {
  readonly start: number;
  readonly keys: Map<string, { readonly key: number; value?: number }>;
  readonly items: (number | undefined)[];
}

const isCollection = (v: unknown): v is object => typeof v === 'object' && v !== null;

/**
 * Built eagerly, the index of every key and item was a tenth of the start-up at 100× the shipped
 * model, yet a valid model is only ever asked where its elements start (`build.ts`): so the
 * constructor only notes which frame wrote each collection, and a collection's keys and items
 * are indexed the first time a path passes through it. Answers are the same in any order of asking.
 */
export class DocumentPositions {
  /** The frame that wrote each mapping and sequence; the first one met, as the walk from the roots meets them. */
  private readonly frames = new Map<object, Frame>();
  private readonly collections = new Map<object, CollectionPositions>();
  private lineStarts: number[] | undefined;

  constructor(
    private readonly input: string,
    roots: readonly Frame[],
  ) {
    for (const root of roots) this.noteFrames(root);
  }

  /**
   * Where the value at `path` (from the document root) is written. With `at: 'key'` and a path
   * ending in a mapping key, the key itself. When the path leads somewhere that is not written
   * (a missing key), the deepest enclosing node that is.
   */
  locate(root: unknown, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Position {
    let node = root;
    let offset = this.positionsOf(root)?.start ?? 0;
    for (const [i, segment] of path.entries()) {
      const positions = this.positionsOf(node);
      if (!positions) break;
      const next = typeof segment === 'number' ? positions.items[segment] : positions.keys.get(segment);
      if (next === undefined) break;
      if (typeof next === 'number') {
        offset = next;
      } else {
        offset = at === 'key' && i === path.length - 1 ? next.key : (next.value ?? next.key);
      }
      node = (node as Record<PathSegment, unknown>)[segment];
    }
    return this.position(offset);
  }

  /** The position of a character offset in the input. */
  position(offset: number): Position {
    const lineStarts = (this.lineStarts ??= lineStartsOf(this.input));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - (lineStarts[low] ?? 0) + 1 };
  }

  private noteFrames(root: Frame): void {
    const pending = [root];
    for (let frame = pending.pop(); frame; frame = pending.pop()) {
      // One at a time: a flow list of 500,000 items would overflow the call stack as spread arguments.
      for (const child of frame.children) pending.push(child);
      const value = frame.result;
      if (isCollection(value) && !this.frames.has(value)) this.frames.set(value, frame);
    }
  }

  /** The keys and items of a collection the document wrote, indexed at the first question about it. */
  private positionsOf(value: unknown): CollectionPositions | undefined {
    if (!isCollection(value)) return undefined;
    let positions = this.collections.get(value);
    if (positions) return positions;
    const frame = this.frames.get(value);
    if (!frame) return undefined;
    positions = { start: frame.start, keys: new Map(), items: [] };
    if (Array.isArray(value)) this.indexItems(value, frame.children, positions);
    else this.indexEntries(value as Record<string, unknown>, frame.children, positions);
    this.collections.set(value, positions);
    return positions;
  }

  /**
   * Children are composed in item order, but an empty block item (`-` alone) is composed
   * without an event, so match children to items by value rather than by count.
   */
  private indexItems(items: readonly unknown[], children: readonly Frame[], positions: CollectionPositions): void {
    let c = 0;
    for (const [i, item] of items.entries()) {
      const child = children[c];
      if (child && Object.is(child.result, item)) {
        positions.items[i] = child.start;
        c += 1;
      }
    }
  }

  /**
   * Children are a key, then its value unless the value is empty (composed without an event).
   * A key is recognised by the `:` that follows it on its line, or in a flow mapping by being
   * neither a key with a colon nor the value of one.
   */
  private indexEntries(mapping: Record<string, unknown>, children: readonly Frame[], positions: CollectionPositions): void {
    let current: { key: number; value?: number } | undefined;
    let currentKey = '';
    for (const child of children) {
      if (!isCollection(child.result) && this.isFollowedByColon(child.end)) {
        currentKey = String(child.result);
        current = { key: child.start };
        positions.keys.set(currentKey, current);
      } else if (current && current.value === undefined && Object.is(mapping[currentKey], child.result)) {
        current.value = child.start;
      } else if (!isCollection(child.result) && mapping[String(child.result)] === null && !positions.keys.has(String(child.result))) {
        // A key alone in a flow mapping (`{id: X, note}`): no colon, and a null value.
        currentKey = String(child.result);
        current = { key: child.start, value: child.start };
        positions.keys.set(currentKey, current);
      }
    }
  }

  private isFollowedByColon(offset: number): boolean {
    let i = offset;
    while (this.input[i] === ' ' || this.input[i] === '\t') i += 1;
    return this.input[i] === ':';
  }
}

/** Skips the whitespace, line breaks and comments between where js-yaml opens a node and where it is written. */
function contentStart(input: string, offset: number): number {
  let i = offset;
  for (;;) {
    const ch = input[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') i += 1;
    else if (ch === '#') while (i < input.length && input[i] !== '\n' && input[i] !== '\r') i += 1;
    else return i;
  }
}

function lineStartsOf(input: string): number[] {
  const starts = [0];
  for (let i = 0; i < input.length; i += 1) {
    const ch = input[i];
    if (ch === '\n' || (ch === '\r' && input[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

/** A node as js-yaml finishes composing it: where it is written, and its value. */
export interface ComposedNode {
  readonly start: number;
  /** Offset just after the node. */
  readonly end: number;
  readonly result: unknown;
  readonly input: string;
}

/**
 * A js-yaml `listener` that records the frame tree, and `positions()` to index it once the
 * document is loaded. `onClose` sees every composed node as it is read (the parser uses it to
 * reject aliases of collections before anything walks them).
 */
export function positionRecorder(onClose?: (node: ComposedNode) => void) {
  const roots: Frame[] = [];
  const open: Frame[] = [];
  let input = '';
  const listener = (event: EventType, state: State): void => {
    input = state.input;
    if (event === 'open') {
      open.push({ start: state.position, end: state.position, result: undefined, children: [] });
      return;
    }
    const frame = open.pop();
    if (!frame) return;
    frame.start = contentStart(input, frame.start);
    // js-yaml also opens a node where one may start but none does (`key:` with nothing after
    // it): no kind, and not an alias. Its "start" would be whatever follows, so drop it.
    if (state.kind === null && input[frame.start] !== '*') return;
    frame.end = state.position;
    frame.result = state.result;
    // A flow collection (`- {id: X}`, a JSON-style file) is composed inside a node js-yaml opens
    // for the block entry or the document: the outer frame's one child is the collection itself.
    // Keep the inner frame, whose children are the collection's entries.
    const [only] = frame.children;
    const composed = frame.children.length === 1 && only && isCollection(only.result) && only.result === frame.result ? only : frame;
    (open.at(-1)?.children ?? roots).push(composed);
    onClose?.({ start: frame.start, end: frame.end, result: frame.result, input });
  };
  return {
    listener,
    positions: () => new DocumentPositions(input, roots),
    /**
     * Where the innermost node still open that starts with one of `openings` (`[{`, or a quote)
     * is written: where a parse error left it unclosed.
     */
    innermostOpen: (openings: string): number | undefined => {
      for (let i = open.length - 1; i >= 0; i -= 1) {
        const start = contentStart(input, open[i]?.start ?? 0);
        if (openings.includes(input[start] ?? '\0')) return start;
      }
      return undefined;
    },
  };
}
