/** Types for scripts/build.mjs, which is plain JavaScript so that it runs before anything is built. */
export function build(options?: { quiet?: boolean; root?: string }): Promise<void>;
