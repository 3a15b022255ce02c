/**
 * Bounds on the query text itself, checked before graphql-js parses it: at most MAX_TOKENS
 * tokens, and brackets (`{`, `[`, `(`) nested at most MAX_NESTING deep. graphql-js parses and
 * validates recursively, so a document nested a few thousand levels deep ends in "Maximum call
 * stack size exceeded" rather than an answer; and a long document costs time to parse however
 * little it asks for. Both answer QUERY_TOO_COMPLEX instead, having only lexed the text
 * (graphql-js's Lexer works in a loop, not recursively).
 *
 * The HTTP bridge (src/server/graphql-http.ts) checks a request's query with it before handing
 * the request to Apollo: Apollo has no hook before parsing that can answer with an error (one
 * thrown from `didResolveSource` becomes an INTERNAL_SERVER_ERROR).
 */
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { tooComplex } from './too-complex.js';

/** @default 10_000 — the standard introspection query is 163 tokens, a landing-page example ~60. */
export const MAX_TOKENS = 10_000;

/** @default 64 — brackets of a query at the depth limit, with list arguments, nest about 20 deep. */
export const MAX_NESTING = 64;

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

export interface DocumentBounds {
  readonly maxTokens?: number;
  readonly maxNesting?: number;
}

/** The QUERY_TOO_COMPLEX error for `source`, or null when it is within the bounds (or does not lex: parsing reports that). */
export function documentSizeError(source: string, { maxTokens = MAX_TOKENS, maxNesting = MAX_NESTING }: DocumentBounds = {}): GraphQLError | null {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > maxTokens) return tooComplex(`The query has more than ${maxTokens} tokens; the limit is ${maxTokens}. Split it, or ask for fewer fields.`);
      if (OPENING.has(token.kind) && ++nesting > maxNesting) {
        return tooComplex(`The query nests brackets more than ${maxNesting} deep; the limit is ${maxNesting}.`);
      }
      if (CLOSING.has(token.kind)) nesting--;
    }
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  return null;
}
