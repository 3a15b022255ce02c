/**
 * The page a browser gets at GET /graphql: a self-contained query editor with an example query
 * for each of the product's users. Apollo's default landing page loads Sandbox from a CDN,
 * which a disconnected network cannot reach; this page needs nothing but this server — no
 * external scripts, styles or fonts.
 */

export interface Example {
  readonly title: string;
  readonly query: string;
}

export const LANDING_EXAMPLES: readonly Example[] = [
  {
    title: 'Design team: what moves when IF-021 and IF-041 change?',
    query: `{
  # For a change request: impact(changeRequest: "CR…"), walking from the elements it changes.
  impact(changed: ["IF-021", "IF-041"], maxDepth: 2) {
    changed { id kind name }
    byKind {
      kind
      elements { depth node { id name isExample } path { explanation } }
    }
  }
}`,
  },
  {
    title: 'Testers: RTTM for SIT Functional, Advanced Data Service',
    query: `{
  rttm(phase: "SIT-FUNCTIONAL", role: "ADS") {
    totals { requirements direct viaInterface none coveragePercent }
    rows {
      requirement { id name isExample }
      status
      directTestCases { id }
      viaInterface { testCase { id } interface { id } }
    }
    uncovered { id name }
  }
}`,
  },
  {
    title: 'Code drafters: BSC clauses and the requirements they carry',
    query: `{
  codeTrace(code: BSC) {
    clauses { clause { id document clause } requirements { id name } }
    requirementsWithoutClause { id name }
    clausesWithoutRequirement { id name }
  }
}`,
  },
  {
    title: 'Qualifying participants: what must an ADS build and pass?',
    query: `{
  roleView(role: "ADS") {
    role { id name codeBodies }
    sends { id name }
    receives { id name }
    processes { process { id name } steps { id name } }
    requirements { id name }
    testCasesByPhase { phase { id name } testCases { id name } }
  }
}`,
  },
  {
    title: 'Trace: which test cases reach interface IF-021?',
    query: `{
  trace(from: "IF-021", toKind: TestCase) {
    targets { depth node { id name } path { explanation } }
  }
}`,
  },
  {
    title: 'Search: everything mentioning demand disconnection',
    query: `{
  search(text: "demand disconnection") {
    totalCount
    hits { node { id kind name isExample } matchedFields }
  }
}`,
  },
  {
    title: 'Browse: requirements, a page at a time',
    query: `{
  requirements(first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name category appliesTo { id } verifiedBy { id } provenance { paperTitle section } isExample } }
  }
}`,
  },
];

/** JSON inside a <script> element: `<` escaped so that no string can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const LANDING_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MHHS design graph — GraphQL</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
  header { padding: 0.8rem 1.2rem; background: #0b3d5c; color: #fff; }
  header h1 { font-size: 1.15rem; margin: 0; }
  header p { margin: 0.3rem 0 0; font-size: 0.9rem; opacity: 0.85; }
  main { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; padding: 1rem 1.2rem; }
  label { font-size: 0.85rem; font-weight: 600; display: block; margin: 0.4rem 0 0.2rem; }
  textarea, pre, select { width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, monospace; }
  textarea { border: 1px solid #bbb; border-radius: 4px; padding: 0.5rem; }
  #query { height: 55vh; }
  #variables { height: 12vh; }
  pre { margin: 0; height: 78vh; overflow: auto; background: #fff; border: 1px solid #bbb; border-radius: 4px; padding: 0.5rem; }
  button { margin-top: 0.5rem; padding: 0.45rem 1.2rem; font-weight: 600; background: #0b3d5c; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  small { color: #555; }
</style>
</head>
<body>
<header>
  <h1>MHHS design graph — GraphQL API</h1>
  <p>Traceability from requirement to interface to test case and code clause. Elements marked <code>isExample</code> are illustrations, not baselined design.</p>
</header>
<main>
  <section>
    <label for="example">Example queries</label>
    <select id="example">
      ${LANDING_EXAMPLES.map((e, i) => `<option value="${i}">${escapeHtml(e.title)}</option>`).join('\n      ')}
    </select>
    <label for="query">Query</label>
    <textarea id="query" spellcheck="false"></textarea>
    <label for="variables">Variables (JSON)</label>
    <textarea id="variables" spellcheck="false">{}</textarea>
    <button id="run" type="button">Run</button> <small>or Ctrl+Enter</small>
  </section>
  <section>
    <label for="result">Result</label>
    <pre id="result"></pre>
  </section>
</main>
<script>
  const EXAMPLES = ${scriptJson(LANDING_EXAMPLES)};
  const $ = (id) => document.getElementById(id);
  const show = (i) => { $('query').value = EXAMPLES[i].query; };
  $('example').addEventListener('change', (e) => show(Number(e.target.value)));
  async function run() {
    let variables;
    try { variables = JSON.parse($('variables').value || '{}'); }
    catch (e) { $('result').textContent = 'Variables are not valid JSON: ' + e.message; return; }
    $('result').textContent = 'Running…';
    try {
      const response = await fetch(window.location.pathname, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: $('query').value, variables }),
      });
      $('result').textContent = JSON.stringify(await response.json(), null, 2);
    } catch (e) {
      $('result').textContent = 'Request failed: ' + e.message;
    }
  }
  $('run').addEventListener('click', run);
  document.addEventListener('keydown', (e) => { if (e.ctrlKey && e.key === 'Enter') run(); });
  show(0);
</script>
</body>
</html>
`;
