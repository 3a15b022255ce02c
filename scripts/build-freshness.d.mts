/** Types for scripts/build-freshness.mjs (plain JavaScript: bin/mhhs.js runs it before anything is built). */
export const REPO: string;
export function staleness(root?: string): string | null;
