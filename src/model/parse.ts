/**
 * Reads one model file: YAML text to a plain value that remembers where each part is written.
 *
 * Model files come from pull requests, so the parser is defensive:
 *   - files over `MAX_MODEL_FILE_BYTES` are not parsed at all;
 *   - the YAML 1.2 core schema only: no custom tags, and `2023-06-13` stays a string (the
 *     default schema would turn it into a Date);
 *   - an alias of a mapping or sequence is rejected as soon as it is read. js-yaml shares the
 *     aliased instance rather than copying it, so nine nested levels of ten aliases ("billion
 *     laughs") parse quickly, but every consumer that walks the result (validation, hashing,
 *     JSON) would visit 10⁹ nodes. Aliases of scalars cannot grow the document and are allowed.
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

/** A parsed model file. */
export interface YamlDocument {
  /** The file as problems name it (relative to the working directory). */
  readonly file: string;
  /** The parsed value; `{}` for a file with no content. */
  readonly root: unknown;
  /** Where the value at `path` is written; see `DocumentPositions.locate`. */
  locate(path: readonly PathSegment[], at?: 'key' | 'value'): Position;
}

export type ParsedFile = { readonly document: YamlDocument } | { readonly problem: ModelProblem };

export function parseYaml(text: string, file: string): ParsedFile {
  // js-yaml strips a byte-order mark itself, which would shift every offset we record by one.
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const recorder = positionRecorder(({ start, result, input: read }) => {
    if (read[start] === '*' && typeof result === 'object' && result !== null) throw new AliasOfCollection(start, read);
  });
  try {
    const documents = loadAll(input, null, { schema: CORE_SCHEMA, listener: recorder.listener, filename: file });
    const positions = recorder.positions();
    const root = documents[0] ?? {};
    if (documents.length > 1) {
      const at = positions.locate(documents[1], []);
      return { problem: { file, ...at, message: 'a model file holds one YAML document; found a second one here' } };
    }
    return { document: { file, root, locate: (path, at) => positions.locate(root, path, at) } };
  } catch (error) {
    if (error instanceof AliasOfCollection) {
      return { problem: { file, ...recorder.positions().position(error.offset), message: error.message } };
    }
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : 1;
      const col = error.mark ? error.mark.column + 1 : 1;
      return { problem: { file, line, col, message: `invalid YAML: ${error.reason}` } };
    }
    throw error;
  }
}

class AliasOfCollection extends Error {
  constructor(
    readonly offset: number,
    input: string,
  ) {
    const name = /^\*([^\s,[\]{}]+)/.exec(input.slice(offset))?.[1] ?? '';
    super(`alias *${name} repeats a mapping or sequence; only scalars may be aliased (repeated collections can expand exponentially)`);
  }
}
