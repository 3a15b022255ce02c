/**
 * How errors leave the API. The product's own errors (src/errors.ts) carry their code into
 * `extensions.code` and keep their message, which is written for users. GraphQL's and Apollo's
 * errors (parse, validation, variable coercion) keep theirs. Anything else is a bug or an
 * outage we did not anticipate: it is logged with its stack and the client gets a generic
 * INTERNAL_SERVER_ERROR, so no internals leak. Stack traces are never sent (Apollo's
 * `includeStacktraceInErrorResponses` is off as well).
 */
import type { GraphQLFormattedError } from 'graphql';
import { MhhsError } from '../errors.js';
import type { Logger } from '../log.js';

/** The first MhhsError in the chain of `originalError`s Apollo and graphql-js wrap errors in. */
function productErrorIn(error: unknown): MhhsError | null {
  for (let e = error; e instanceof Error; e = (e as { originalError?: unknown }).originalError) {
    if (e instanceof MhhsError) return e;
  }
  return null;
}

const INTERNAL_MESSAGE = 'Internal server error: the failure has been logged.';

/**
 * @default 500 — graphql-js's messages quote the client's names and values (`Cannot query field
 * "…"`, `Argument "id" has invalid value "…"`), so a message is cut to this many characters,
 * lest the error grow with the request.
 */
export const MAX_MESSAGE_CHARS = 500;

const bounded = (message: string): string =>
  message.length <= MAX_MESSAGE_CHARS ? message : `${message.slice(0, MAX_MESSAGE_CHARS)}… (message cut from ${message.length} characters)`;

export function formatErrorFor(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { extensions, ...rest } = formatted;
    const productError = productErrorIn(error);
    if (productError) {
      return { ...rest, message: bounded(productError.message), extensions: { code: productError.code } };
    }
    const code = extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return { ...rest, message: bounded(rest.message), extensions: { code } };
    const cause = (error as { originalError?: unknown }).originalError ?? error;
    logger.error('unexpected error while answering a GraphQL request', {
      error: cause,
      stack: cause instanceof Error ? cause.stack : undefined,
      path: formatted.path,
    });
    return { message: INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
