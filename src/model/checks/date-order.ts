/**
 * Date order: nothing ends before it starts — an element's `endDate` is not before its
 * `startDate`. A date known only to the month is compared at that precision: `2024-04` may end
 * on `2024-04-01`. Malformed dates are the shape check's to report.
 */
import type { ModelProblem } from '../../errors.js';
import type { ModelElement } from '../elements.js';
import { isModelDate } from '../kinds.js';
import type { ModelCheck } from './model-check.js';
import { problemAt } from './model-check.js';

export const checkDateOrder: ModelCheck = ({ elements }) => elements.flatMap(datesOutOfOrder);

function datesOutOfOrder(element: ModelElement): ModelProblem[] {
  const { startDate, endDate } = element.fields;
  if (!isModelDate(startDate) || !isModelDate(endDate)) return [];
  const precision = Math.min(startDate.length, endDate.length);
  if (endDate.slice(0, precision) >= startDate.slice(0, precision)) return [];
  return [problemAt(element.document, [...element.path, 'endDate'], `endDate '${endDate}' is before startDate '${startDate}'`)];
}
