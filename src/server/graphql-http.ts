/**
 * The bridge between Node's http module and Apollo Server 5: Apollo's standalone server cannot
 * serve our other routes (/health, the offline landing page), so the server hands /graphql
 * requests to `executeHTTPGraphQLRequest` itself.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { ApiContext } from '../graphql/context.js';
import { readBody } from './body.js';

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function write(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  res.statusCode = response.status ?? 200;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export async function handleGraphQL(
  apollo: ApolloServer<ApiContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: () => Promise<ApiContext>,
): Promise<void> {
  const headers = headerMapOf(req);
  // Apollo parses a JSON body no further than this: it expects the parsed object, and it
  // answers any other content type itself (400, and its CSRF check).
  const isJson = (headers.get('content-type') ?? '').startsWith('application/json');
  const body = req.method === 'POST' && isJson ? await readBody(req) : undefined;
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  await write(res, response);
}
