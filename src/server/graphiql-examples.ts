/**
 * The example queries a browser finds at GET /graphql: GraphiQL (src/web/graphiql.tsx, bundled
 * and served by this server — Apollo's own landing page loads Sandbox from a CDN a disconnected
 * network cannot reach) opens each as a tab, one for each of the product's users.
 */

export interface Example {
  readonly title: string;
  readonly query: string;
}

export const GRAPHIQL_EXAMPLES: readonly Example[] = [
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
    title: 'Testers: RTTM of SIT CIT interval 2 (MPRS enters: the Registration Service), with what the scope means',
    query: `{
  rttm(interval: "SIT-CIT-INTERVAL-2") {
    scope { interval { id enters { id } } notes }
    totals { requirements direct viaInterface none failed notRun directCoveragePercent }
    rows { requirement { id name } status execution }
    orphanTestCases { id name }
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
