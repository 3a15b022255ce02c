/** An answer the API refused, shown where the result would have been. */
import { ApiError } from '../api';
import { h } from '../dom';

export const errorBox = (error: unknown): HTMLElement =>
  h(
    'div',
    { class: 'error', role: 'alert' },
    error instanceof ApiError && error.code ? h('strong', {}, `${error.code}: `) : null,
    error instanceof Error ? error.message : String(error),
  );
