/** Ordering by code units, never by locale, so sorted output is the same on every machine. */
export const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
