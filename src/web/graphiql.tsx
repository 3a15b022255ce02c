/**
 * GraphiQL (npm `graphiql`, bundled: no CDN) for those who write GraphQL: schema docs,
 * completion, history, variables and headers, with the product's example queries as tabs.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createRoot } from 'react-dom/client';
import { GRAPHIQL_EXAMPLES } from '../server/graphiql-examples';

/** `Design team: what moves…` → `query DesignTeam {…}`: GraphiQL names a tab after its operation. */
const named = ({ title, query }: { title: string; query: string }): string => {
  const name = (title.split(':')[0] ?? '').replace(/(?:^|\s+)(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '');
  return query.startsWith('{') && name !== '' ? `# ${title}\nquery ${name} ${query}` : `# ${title}\n${query}`;
};

const fetcher = async (params: unknown, options?: { headers?: Record<string, unknown> }) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name] = String(value);
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
};

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={GRAPHIQL_EXAMPLES.map((e) => ({ query: named(e) }))}
      defaultEditorToolsVisibility="variables"
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <a href="/">MHHS design graph</a>
      </GraphiQL.Logo>
    </GraphiQL>,
  );
}
