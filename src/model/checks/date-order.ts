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
  // A process's steps are elements of their own, checked as such.
  const nested = Object.entries(element.fields).flatMap(([key, value]) =>
    key !== STEPS_KEY && Array.isArray(value) ? value.flatMap((item, i) => (isMapping(item) ? [{ fields: item, path: [key, i] }] : [])) : [],
  );
  return [{ fields: element.fields, path: [] as PathSegment[] }, ...nested].flatMap(({ fields, path }) => {
    const { startDate, endDate } = fields;
    if (!isModelDate(startDate) || !isModelDate(endDate)) return [];
    const precision = Math.min(startDate.length, endDate.length);
    if (endDate.slice(0, precision) >= startDate.slice(0, precision)) return [];
    return [problemAt(element.document, [...element.path, ...path, 'endDate'], `endDate '${endDate}' is before startDate '${startDate}'`)];
  });
}
