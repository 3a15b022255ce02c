/**
 * The product's error hierarchy. Every error a user can meet has a stable `code`; the GraphQL
 * layer copies it into `extensions.code`, the CLI prints it and exits non-zero.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INVALID_MODEL'
  | 'QUERY_TOO_COMPLEX'
  | 'OPERATION_NOT_SUPPORTED'
  | 'RESPONSE_TOO_LARGE'
  | 'SERVICE_UNAVAILABLE'
  | 'STORE_AUTH_FAILED'
  | 'STORE_DATABASE_NOT_FOUND'
  | 'STORE_MODEL_MISMATCH'
  | 'SEED_FAILED'
  | 'CONFIG_INVALID';

export abstract class MhhsError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class BadInputError extends MhhsError {
  readonly code = 'BAD_USER_INPUT' as const;
}

/** @default 80 — longer than any id or name in the model, short enough to keep a message readable. */
export const MAX_ECHOED_CHARS = 80;

/**
 * A client's input quoted in a message, cut to MAX_ECHOED_CHARS: an error must not grow with
 * what the client sent (a 900 kB id would otherwise come back as a 900 kB error).
 */
export const quoted = (input: string): string =>
  input.length <= MAX_ECHOED_CHARS ? `'${input}'` : `'${input.slice(0, MAX_ECHOED_CHARS)}…' (${input.length} characters)`;

export class NotFoundError extends MhhsError {
  readonly code = 'NOT_FOUND' as const;
  constructor(readonly kind: string, readonly id: string) {
    super(`${kind} ${quoted(id)} does not exist in the model`);
  }
}

/** A problem in the model files, located precisely. */
export interface ModelProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export const formatProblem = (p: ModelProblem): string => `${p.file}:${p.line}:${p.col}  ${p.message}`;

export class InvalidModelError extends MhhsError {
  readonly code = 'INVALID_MODEL' as const;
  /** `where` names a model that is not the working tree's, e.g. `The model of ref 'ir4' (commit 3f2c1a…)`. */
  constructor(
    readonly problems: readonly ModelProblem[],
    where = 'The model',
  ) {
    super(`${where} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
  }
}

export class QueryTooComplexError extends MhhsError {
  readonly code = 'QUERY_TOO_COMPLEX' as const;
}

/** A mutation or subscription: the API only answers queries. */
export class OperationNotSupportedError extends MhhsError {
  readonly code = 'OPERATION_NOT_SUPPORTED' as const;
}

/** An answer larger than the server sends in one response. */
export class ResponseTooLargeError extends MhhsError {
  readonly code = 'RESPONSE_TOO_LARGE' as const;
}

export class StoreUnavailableError extends MhhsError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
}

export class StoreAuthError extends MhhsError {
  readonly code = 'STORE_AUTH_FAILED' as const;
}

export class StoreDatabaseNotFoundError extends MhhsError {
  readonly code = 'STORE_DATABASE_NOT_FOUND' as const;
}

export class StoreModelMismatchError extends MhhsError {
  readonly code = 'STORE_MODEL_MISMATCH' as const;
}

export class SeedFailedError extends MhhsError {
  readonly code = 'SEED_FAILED' as const;
}

export class ConfigError extends MhhsError {
  readonly code = 'CONFIG_INVALID' as const;
}
