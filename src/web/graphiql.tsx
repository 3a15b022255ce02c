/**
 * GraphiQL (npm `graphiql`, bundled: no CDN) for those who write GraphQL: schema docs,
 * completion, history, variables and headers, with the product's example queries as tabs.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ExplorerStatus } from '../server/explorer/status-report';
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

/** The model being served, as on every explorer page: hash, store, elements, how many are examples. */
function ModelIdentity() {
  const [status, setStatus] = useState<ExplorerStatus | null>(null);
  useEffect(() => {
    void fetch('/explorer/status.json').then(async (r) => setStatus((await r.json()) as ExplorerStatus));
  }, []);
  if (!status) return null;
  const { model } = status;
  return (
    <div id="model-identity" style={{ fontSize: '0.75rem', fontWeight: 400 }}>
      model <code>{model.modelHash?.slice(0, 12) ?? 'unknown'}</code> · {model.store} store · {model.elementCount ?? '?'} elements
      {model.exampleCount ? <strong style={{ color: '#92400e' }}> · {model.exampleCount} are examples</strong> : null}
    </div>
  );
}

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
        <ModelIdentity />
      </GraphiQL.Logo>
    </GraphiQL>,
  );
}
