/**
 * What every validation check receives and returns. A check is a function from the whole parsed
 * model to the problems it finds; `validate.ts` runs them all and reports everything at once.
 */
import type { ModelProblem } from '../../errors.js';
import type { ModelElement } from '../elements.js';
import type { YamlDocument } from '../parse.js';
import type { PathSegment } from '../positions.js';

export interface ModelUnderValidation {
  /** The files that parsed, in file order. */
  readonly documents: readonly YamlDocument[];
  /** Every element of those files, in file order then document order. */
  readonly elements: readonly ModelElement[];
  /** The first element written with each id. */
  readonly byId: ReadonlyMap<string, ModelElement>;
  /**
   * The files that did not parse. Their elements are missing, so a reference to an id one of
   * them mentions is uncertain rather than dangling: `unparsed-files.ts` says so once per file.
   */
  readonly unparsed: readonly UnparsedFile[];
  /** Whether some unparsed file may define `id`. */
  mayBeUnparsed(id: string): boolean;
}

/** A model file that did not parse: its problem, and whether its text mentions an id (always, if it was not read). */
export interface UnparsedFile {
  readonly problem: ModelProblem;
  mentions(id: string): boolean;
}

export type ModelCheck = (model: ModelUnderValidation) => ModelProblem[];

/** A problem at the key (`at: 'key'`) or value written at `path` in `document`. */
export const problemAt = (
  document: YamlDocument,
  path: readonly PathSegment[],
  message: string,
  at: 'key' | 'value' = 'value',
): ModelProblem => ({ file: document.file, ...document.locate(path, at), message });

/** A value as messages echo it: quoted, and cut short, so an overlong id cannot make a huge message. */
export const quoted = (value: string): string => `'${shortened(value)}'`;

export const shortened = (value: string): string => (value.length > 60 ? `${value.slice(0, 60)}…` : value);

/** "an Interface", "a Role". */
export const withArticle = (kind: string): string => `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;

/** How an element is named in messages: its kind, and its id when it has one. */
export const describeElement = (element: ModelElement): string =>
  element.id === undefined ? element.kind : `${element.kind} ${quoted(element.id)}`;
