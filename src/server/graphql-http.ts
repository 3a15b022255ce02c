/**
 * The bridge between Node's http module and Apollo Server 5: Apollo's standalone server cannot
 * serve our other routes (/health, the offline landing page), so the server hands /graphql
 * requests to `executeHTTPGraphQLRequest` itself.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { ApiContext } from '../graphql/context.js';
import { documentSizeError } from '../graphql/limits/document-size.js';
import { mediaTypeOf, readBody } from './body.js';

/**
 * @default 32 MiB — far above any answer the user questions give on the shipped model (the
 * largest page with its relationships is well under 1 MiB), a backstop behind the query limits.
 */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** A GraphQL error response the bridge answers itself: the client asked for too much, so a 400 it can act on. */
const clientError = (code: 'QUERY_TOO_COMPLEX' | 'RESPONSE_TOO_LARGE', message: string): string =>
  JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** The query text of a GET or a JSON POST, if it is one; Apollo reports any other shape. */
function queryOf(req: IncomingMessage, url: URL, body: unknown): unknown {
  if (req.method === 'GET') return url.searchParams.get('query');
  return typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined;
}

async function write(res: ServerResponse, response: HTTPGraphQLResponse, maxBytes: number): Promise<void> {
  res.statusCode = response.status ?? 200;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (response.body.kind === 'complete') {
    const bytes = Buffer.byteLength(response.body.string);
    if (bytes <= maxBytes) {
      res.end(response.body.string);
      return;
    }
    res.statusCode = 400;
    res.end(clientError('RESPONSE_TOO_LARGE', `The answer is ${bytes} bytes; the limit is ${maxBytes}. Ask for smaller pages (first) or fewer fields.`));
    return;
  }
  // Incremental delivery (@defer), which this schema does not use; each part is small.
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export async function handleGraphQL(
  apollo: ApolloServer<ApiContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: () => Promise<ApiContext>,
  maxResponseBytes: number = MAX_RESPONSE_BYTES,
): Promise<void> {
  const headers = headerMapOf(req);
  // Apollo parses a JSON body no further than this: it expects the parsed object, and it
  // answers any other content type itself (400, and its CSRF check).
  const isJson = mediaTypeOf(headers.get('content-type')) === 'application/json';
  const body = req.method === 'POST' && isJson ? await readBody(req) : undefined;
  const query = queryOf(req, url, body);
  const tooComplex = typeof query === 'string' ? documentSizeError(query) : null;
  if (tooComplex) {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
    res.end(clientError('QUERY_TOO_COMPLEX', tooComplex.message));
    return;
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  await write(res, response, maxResponseBytes);
}
