/**
 * Reads one model file: YAML text to a plain value that remembers where each part is written.
 *
 * Model files come from pull requests, so the parser is defensive:
 *   - files over `MAX_MODEL_FILE_BYTES` are not read at all, and a file that is not UTF-8 is
 *     refused where it goes wrong (`sources.ts`, `text-encoding.ts`);
 *   - the YAML 1.2 core schema only: no custom tags, no merge keys (`<<:`), and `2023-06-13`
 *     stays a string (the default schema would turn it into a Date);
 *   - an alias of a mapping or sequence is rejected as soon as it is read. js-yaml shares the
 *     aliased instance rather than copying it, so nine nested levels of ten aliases ("billion
 *     laughs") parse quickly, but every consumer that walks the result (validation, hashing,
 *     JSON) would visit 10⁹ nodes. Aliases of scalars are allowed up to `MAX_ALIAS_EXPANSION`
 *     characters per file: every consumer copies each one (a 100 kB string aliased 9,000 times
 *     is a 900 MB model), and repeating a name or a date never needs more;
 *   - nesting depth is bounded by js-yaml's own `maxDepth` (100).
 */
import { CORE_SCHEMA, loadAll, YAMLException } from 'js-yaml';
import type { ModelProblem } from '../errors.js';
import type { PathSegment, Position } from './positions.js';
import { positionRecorder } from './positions.js';

/**
 * Largest model file read, in bytes. The biggest design artefact (a BRS) is tens of kilobytes of
 * YAML; a file fifty times that is a mistake or an attack, not a design document.
 */
export const MAX_MODEL_FILE_BYTES = 1024 * 1024;

/** Characters that aliases (`*name`) of scalars may add to one file, in total. */
export const MAX_ALIAS_EXPANSION = 64 * 1024;

/** A parsed model file. */
export interface YamlDocument {
  /** The file as problems name it (relative to the working directory). */
  readonly file: string;
  /** The parsed value; `{}` for a file with no content. */
  readonly root: unknown;
  /** Where the value at `path` is written; see `DocumentPositions.locate`. */
  locate(path: readonly PathSegment[], at?: 'key' | 'value'): Position;
  /** How many YAML nodes the file has: what checking it costs, at most. */
  readonly nodes: number;
}

/**
 * A parsed model file and what is worth a warning about it; or why it does not parse, with the
 * text it was read as (undefined when it was not read at all), so the ids it mentions are known.
 */
export type ParsedFile = { readonly document: YamlDocument; readonly warnings: readonly ModelProblem[] } | UnparsableFile;

export interface UnparsableFile {
  readonly problem: ModelProblem;
  readonly text: string | undefined;
}

export function parseYaml(text: string, file: string): ParsedFile {
  // js-yaml strips a byte-order mark itself, which would shift every offset we record by one.
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let aliased = 0;
  // js-yaml may close an alias twice (for the block entry, then the alias): count it once.
  let lastAlias = -1;
  let nodes = 0;
  const recorder = positionRecorder(({ start, end, result, input: read }) => {
    nodes += 1;
    if (read[start] === '*') {
      if (typeof result === 'object' && result !== null) throw new RefusedNode(start, aliasOfCollection(read, start));
      if (start === lastAlias) return;
      lastAlias = start;
      aliased += typeof result === 'string' ? result.length : 0;
      if (aliased > MAX_ALIAS_EXPANSION) throw new RefusedNode(start, aliasesTooLong(read, start));
    } else if (result === '<<' && read.startsWith('<<', start) && /^[ \t]*:/.test(read.slice(end, end + 100))) {
      throw new RefusedNode(start, 'merge keys (<<) are not supported; write the fields out in each element');
    }
  });
  const problemAt = (offset: number, message: string): ParsedFile => ({
    problem: { file, ...recorder.positions().position(offset), message },
    text: input,
  });
  try {
    const documents = loadAll(input, null, { schema: CORE_SCHEMA, listener: recorder.listener, filename: file });
    const positions = recorder.positions();
    if (documents.length > 1) {
      const at = positions.locate(documents[1], []);
      return { problem: { file, ...at, message: 'a model file holds one YAML document; found a second one here' }, text: input };
    }
    const root = documents[0] ?? {};
    const document: YamlDocument = { file, root, nodes, locate: (path, at) => positions.locate(root, path, at) };
    if (documents[0] !== undefined && documents[0] !== null) return { document, warnings: [] };
    return { document, warnings: [{ file, line: 1, col: 1, message: 'the file is empty (or only comments); it adds nothing to the model' }] };
  } catch (error) {
    if (error instanceof RefusedNode) return problemAt(error.offset, error.message);
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : 1;
      const col = error.mark ? error.mark.column + 1 : 1;
      const opening = unclosedOpening(input, recorder.innermostOpen, error);
      if (opening !== undefined) {
        return problemAt(opening, `invalid YAML: this '${input[opening]}' is not closed (the parser noticed at ${line}:${col}: ${error.reason})`);
      }
      return { problem: { file, line, col, message: `invalid YAML: ${error.reason}` }, text: input };
    }
    throw error;
  }
}

/**
 * The `[`, `{` or quote an error is really about, when the parser read past it into what
 * follows (the next block entry, or the end of the file) and only then complained. A quote
 * left open runs to the end of the file. An error on a line indented deeper than the bracket's
 * own line is inside the collection (a missed comma in a JSON-style file), so it is reported
 * where the parser found it.
 */
function unclosedOpening(input: string, innermostOpen: (openings: string) => number | undefined, error: YAMLException): number | undefined {
  if (!error.mark) return undefined;
  if (/^unexpected end of the stream within a (?:double|single) quoted scalar$/.test(error.reason)) return innermostOpen(`"'`);
  const bracket = innermostOpen('[{');
  if (bracket === undefined) return undefined;
  if (error.reason === 'unexpected end of the stream within a flow collection') return bracket;
  const bracketLine = input.lastIndexOf('\n', bracket - 1) + 1;
  const errorLine = input.lastIndexOf('\n', error.mark.position - 1) + 1;
  if (errorLine <= bracketLine) return undefined;
  return indentOf(input, errorLine) <= indentOf(input, bracketLine) ? bracket : undefined;
}

const indentOf = (input: string, lineStart: number): number => /^[ \t]*/.exec(input.slice(lineStart, lineStart + 200))?.[0].length ?? 0;

/** A node the parser refuses as soon as it is read, at `offset`. */
class RefusedNode extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const aliasName = (input: string, offset: number): string => /^\*([^\s,[\]{}]+)/.exec(input.slice(offset, offset + 1000))?.[1] ?? '';

const aliasOfCollection = (input: string, offset: number): string =>
  `alias *${aliasName(input, offset)} repeats a mapping or sequence; only scalars may be aliased (repeated collections can expand exponentially)`;

const aliasesTooLong = (input: string, offset: number): string =>
  `alias *${aliasName(input, offset)}: the aliases in this file repeat more than ${MAX_ALIAS_EXPANSION} characters in total; an alias may repeat a name or a date, not multiply text`;
