/**
 * Every query result as JSON: the result object exactly as `src/domain/results.ts` declares it
 * (nodes as `{id, kind, props}`), so the JSON export needs no documentation of its own and
 * cannot drift from the GraphQL answer's content.
 */
export const renderJson = (result: unknown): string => `${JSON.stringify(result, null, 2)}\n`;
