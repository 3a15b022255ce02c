/**
 * Date order: nothing ends before it starts — an element's `endDate` is not before its
 * `startDate`, nor is an entry interval's (any mapping in a list on the element). A date known
 * only to the month is compared at that precision: `2024-04` may end on `2024-04-01`.
 * Malformed dates are the shape check's to report.
 */
import type { ModelProblem } from '../../errors.js';
import type { ModelElement } from '../elements.js';
import { isMapping } from '../elements.js';
import { STEPS_KEY } from '../file-schema.js';
import { isModelDate } from '../kinds.js';
import type { PathSegment } from '../positions.js';
import type { ModelCheck } from './model-check.js';
import { problemAt } from './model-check.js';

export const checkDateOrder: ModelCheck = ({ elements }) => elements.flatMap(datesOutOfOrder);

function datesOutOfOrder(element: ModelElement): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const check = (fields: Readonly<Record<string, unknown>>, path: readonly PathSegment[]) => {
    const { startDate, endDate } = fields;
    if (!isModelDate(startDate) || !isModelDate(endDate)) return;
    const precision = Math.min(startDate.length, endDate.length);
    if (endDate.slice(0, precision) >= startDate.slice(0, precision)) return;
    problems.push(problemAt(element.document, [...element.path, ...path, 'endDate'], `endDate '${endDate}' is before startDate '${startDate}'`));
  };
  check(element.fields, []);
  for (const key in element.fields) {
    const value = element.fields[key];
    // A process's steps are elements of their own, checked as such.
    if (key === STEPS_KEY || !Array.isArray(value)) continue;
    for (const [i, item] of value.entries()) if (isMapping(item)) check(item, [key, i]);
  }
  return problems;
}
