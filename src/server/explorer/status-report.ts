/**
 * What GET /explorer/status.json answers: which model the server is answering from, and how its
 * last reload went. Shared by the server and the browser code (types only, no imports).
 */

export interface ModelIdentity {
  readonly store: 'memory' | 'neo4j';
  readonly ok: boolean;
  readonly modelHash: string | null;
  readonly elementCount: number | null;
  /** Elements written as illustrations (`example:`), not facts from the papers. */
  readonly exampleCount: number | null;
  /** The git commit checked out where the model files are; null outside a repository. */
  readonly gitCommit: string | null;
  /** Whether the served model is the one committed there (false: uncommitted changes); null when unknown. */
  readonly matchesCommit: boolean | null;
}

/** The outcome of the last attempt to reload the model after its files changed. */
export type ReloadAttempt =
  | { readonly at: string; readonly ok: true; readonly modelHash: string }
  /** The new files were refused; the server keeps answering from the previous model. */
  | { readonly at: string; readonly ok: false; readonly problems: readonly string[] };

export type ReloadReport =
  | { readonly watching: false }
  | { readonly watching: true; readonly dir: string; readonly last: ReloadAttempt | null };

export interface ExplorerStatus {
  readonly model: ModelIdentity;
  readonly reload: ReloadReport;
}
