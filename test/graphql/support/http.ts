/**
 * A GraphQL client for the tests: real HTTP against a started server, typed by the documents
 * codegen generates from test/operations. Every error response is checked for leaked internals.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { expect } from 'vitest';

export interface ResponseError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
}

export interface GraphQLResponse<R> {
  readonly status: number;
  readonly data: R | null | undefined;
  readonly errors: readonly ResponseError[] | undefined;
  /** The body as sent, for checks on what the server let out. */
  readonly raw: string;
}

/** POSTs a query; `query` is a typed document from test/generated or a plain string. */
export async function post<R, V>(url: string, query: TypedDocumentNode<R, V> | string, variables?: V): Promise<GraphQLResponse<R>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  const raw = await response.text();
  const body = JSON.parse(raw) as { data?: R | null; errors?: ResponseError[] };
  return { status: response.status, data: body.data, errors: body.errors, raw };
}

/** Stack frames (`at fn (file:line:col)`), source paths and Node internals an error must never show. */
const LEAKS = [/stacktrace/i, /\bat .*:\d+:\d+/, /\.ts\b/, /node_modules/, /\/work\//, /\w+Error:/];

/** Asserts the response has the error code (the first error's) and that no error leaks internals. */
export function expectErrorCode(response: GraphQLResponse<unknown>, code: string): ResponseError {
  expect(response.errors, response.raw).toBeDefined();
  for (const leak of LEAKS) expect(response.raw).not.toMatch(leak);
  const [first] = response.errors ?? [];
  expect(first?.extensions?.code, response.raw).toBe(code);
  return first as ResponseError;
}

/** Asserts the response succeeded and returns its data. */
export function expectData<R>(response: GraphQLResponse<R>): R {
  expect(response.errors, response.raw).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as R;
}
