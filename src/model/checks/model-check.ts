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
   * Some file did not parse, so elements may be missing: checks then stay silent about what
   * is absent, rather than report every reference into the broken file.
   */
  readonly incomplete: boolean;
}

export type ModelCheck = (model: ModelUnderValidation) => ModelProblem[];

/** A problem at the key (`at: 'key'`) or value written at `path` in `document`. */
export const problemAt = (
  document: YamlDocument,
  path: readonly PathSegment[],
  message: string,
  at: 'key' | 'value' = 'value',
): ModelProblem => ({ file: document.file, ...document.locate(path, at), message });

/** "an Interface", "a Role". */
export const withArticle = (kind: string): string => `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;

/** How an element is named in messages: its kind, and its id when it has one. */
export const describeElement = (element: ModelElement): string =>
  element.id === undefined ? element.kind : `${element.kind} '${element.id}'`;
