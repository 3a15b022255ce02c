/**
 * The HTML the explorer's routes answer with: a shell that loads the bundles from /assets/ —
 * nothing from outside this server — or, when the bundles were never built, how to build them.
 */
import { ASSETS_PATH } from './assets.js';

const shell = (title: string, bundle: string, body: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${ASSETS_PATH}${bundle}.css">
<script type="module" src="${ASSETS_PATH}${bundle}.js"></script>
</head>
<body>
${body}
</body>
</html>
`;

export const EXPLORER_HTML = shell('MHHS design graph explorer', 'explorer', '<noscript>The explorer needs JavaScript; the API is at /graphql.</noscript>');

export const GRAPHIQL_HTML = shell('MHHS design graph — GraphiQL', 'graphiql', '<div id="graphiql" style="height: 100vh"></div>');

export const NOT_BUILT_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Explorer not built</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem">
<h1>The explorer is not built</h1>
<p>Its browser bundles are built when the dependencies are installed (<code>npm ci</code>).
Build them with <code>npm run build:explorer</code> and reload this page. The GraphQL API answers
POST requests at <code>/graphql</code> meanwhile.</p>
</body>
</html>
`;
