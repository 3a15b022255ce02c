/**
 * JUnit XML, as test tools write it (`<testsuites>` or a single `<testsuite>`, each with
 * `<testcase>`s), read with fast-xml-parser. For each `<testcase>`:
 *
 *  - test case id: a `<property name="testcase" value="TC-…"/>` (on the testcase), else the first
 *    `TC-…` id in its `name`, else in its `classname`;
 *  - outcome: `<failure>` or `<error>` → FAILED, `<skipped>` → SKIPPED, otherwise PASSED;
 *  - executedAt: the testcase's `timestamp`, else its suite's; participant, environment, defect and
 *    evidence from `<property>`s of those names (testcase, then suite); the failure, error or skip
 *    `message` (or text);
 *  - `<property name="requirement" value="BRS…"/>`: requirements the test says it verifies.
 * A testcase without a test case id is a problem at its line: nothing of the report is imported.
 */
import { XMLParser } from 'fast-xml-parser';
import type { ModelProblem } from '../errors.js';
import type { TestOutcome } from '../model/kinds.js';
import { definedOnly, positionOf, testCaseIdIn, type ImportedExecution, type ReadReport } from './imported.js';

type XmlNode = Record<string, unknown>;

const LISTS = new Set(['testsuites', 'testsuite', 'testcase', 'properties', 'property', 'failure', 'error', 'skipped']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  captureMetaData: true,
  // Entities beyond XML's own five are never expanded: a report is data, not a document to render.
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => LISTS.has(name),
});
const META = XMLParser.getMetaDataSymbol();

/**
 * The elements of a list. The parser gives an element with neither attributes nor children as its
 * text alone — `<skipped/>` as '', `<failure>stack</failure>` as 'stack' —, and it is there all the same.
 */
const nodes = (value: unknown): XmlNode[] =>
  Array.isArray(value)
    ? value.flatMap((v): XmlNode[] => (typeof v === 'object' && v !== null ? [v as XmlNode] : typeof v === 'string' || typeof v === 'number' ? [{ '#text': String(v) }] : []))
    : [];
const attr = (node: XmlNode, name: string): string | undefined => {
  const value = node[`@${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
};

/** The `<property name=… value=…>`s of an element, by name (a name given twice keeps every value). */
function propertiesOf(node: XmlNode): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const group of nodes(node.properties)) {
    for (const property of nodes(group.property)) {
      const name = attr(property, 'name');
      const value = attr(property, 'value') ?? (typeof property['#text'] === 'string' ? property['#text'].trim() : undefined);
      if (name && value) found.set(name.toLowerCase(), [...(found.get(name.toLowerCase()) ?? []), value]);
    }
  }
  return found;
}

function outcomeOf(testcase: XmlNode): { outcome: TestOutcome; message?: string } {
  const messageOf = (list: XmlNode[]) => {
    const first = list[0];
    if (!first) return undefined;
    const text = attr(first, 'message') ?? (typeof first['#text'] === 'string' ? first['#text'].trim() : undefined);
    return text ? text.split('\n')[0]!.slice(0, 500) : undefined;
  };
  const failed = [...nodes(testcase.failure), ...nodes(testcase.error)];
  if (failed.length > 0) return { outcome: 'FAILED', message: messageOf(failed) };
  const skipped = nodes(testcase.skipped);
  if (skipped.length > 0) return { outcome: 'SKIPPED', message: messageOf(skipped) };
  return { outcome: 'PASSED' };
}

/** Every `<testsuite>`, however nested (`<testsuites>` may hold suites that hold suites). */
function suitesOf(root: XmlNode): XmlNode[] {
  const suites: XmlNode[] = [];
  const pending = [...nodes(root.testsuites).flatMap((s) => nodes(s.testsuite)), ...nodes(root.testsuite)];
  for (let suite = pending.shift(); suite; suite = pending.shift()) {
    suites.push(suite);
    pending.push(...nodes(suite.testsuite));
  }
  return suites;
}

export function readJunit(text: string, file: string): ReadReport {
  let root: XmlNode;
  try {
    root = parser.parse(text, true) as XmlNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /Line (\d+)/i.exec(message)?.[1];
    return { executions: [], problems: [{ file, line: line ? Number(line) : 1, col: 1, message: `not well-formed JUnit XML: ${message.split('\n')[0]}` }] };
  }
  const suites = suitesOf(root);
  if (suites.length === 0) return { executions: [], problems: [{ file, line: 1, col: 1, message: 'no <testsuite> element: is this a JUnit XML report?' }] };

  const executions: ImportedExecution[] = [];
  const problems: ModelProblem[] = [];
  for (const suite of suites) {
    const suiteProperties = propertiesOf(suite);
    for (const testcase of nodes(suite.testcase)) {
      const offset = (testcase[META as unknown as string] as { startIndex?: number } | undefined)?.startIndex ?? 0;
      const at = { file, ...positionOf(text, offset) };
      const properties = propertiesOf(testcase);
      const property = (name: string) => properties.get(name)?.[0] ?? suiteProperties.get(name)?.[0];
      const name = attr(testcase, 'name');
      const testCase = property('testcase') ?? testCaseIdIn(name) ?? testCaseIdIn(attr(testcase, 'classname'));
      if (!testCase) {
        problems.push({
          ...at,
          message: `testcase '${name ?? ''}' names no test case: give it a name or classname with the TC-… id, or <property name="testcase" value="TC-…"/>`,
        });
        continue;
      }
      executions.push(
        definedOnly({
          testCase,
          ...outcomeOf(testcase),
          executedAt: attr(testcase, 'timestamp') ?? attr(suite, 'timestamp'),
          participant: property('participant'),
          environment: property('environment'),
          defect: property('defect'),
          evidence: property('evidence'),
          requirements: properties.get('requirement') ?? [],
          at,
        }),
      );
    }
  }
  return { executions, problems };
}
