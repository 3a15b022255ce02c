/**
 * The docs' tables of kinds, properties, relationships and impact rules, and docs/neo4j.md's impact
 * lists, are what the declarations give today (regenerate with `npm run docs`).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GENERATED_DOCS, renderGenerated } from '../../src/model/docs-tables.js';
import { KINDS, NODE_KINDS } from '../../src/model/kinds.js';
import { RELATIONSHIP_TYPES } from '../../src/model/relationships.js';

const read = (file: string) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('generated docs', () => {
  it.each(GENERATED_DOCS)('%s is up to date with src/model (run `npm run docs`)', async (file) => {
    const committed = await read(file);
    expect(committed).toContain('<!-- BEGIN GENERATED');
    expect(committed).toBe(renderGenerated(committed, file));
  });

  it('lists every kind and relationship type in the tables', async () => {
    const model = await read('model/README.md');
    for (const kind of NODE_KINDS) expect(model).toContain(`| ${KINDS[kind].yamlKey ? `\`${KINDS[kind].yamlKey}\`` : '(nested under its process)'} | ${kind} |`);
    const neo4j = await read('docs/neo4j.md');
    for (const type of RELATIONSHIP_TYPES) expect(neo4j).toContain(`-[:${type}]->`);
    // Each relationship is in docs/queries.md as an impact rule or as not followed.
    const queries = await read('docs/queries.md');
    for (const type of RELATIONSHIP_TYPES) expect(queries).toMatch(new RegExp(`^\\| \`${type}\` \\| (IN|OUT) \\||\`${type}\`[,.]`, 'm'));
  });

  it('rewrites a stale section and a stale impact list, and refuses an unknown section', () => {
    const stale = '<!-- BEGIN GENERATED neo4j-labels: x -->\n| old |\n<!-- END GENERATED neo4j-labels -->\nWHERE (type(r) IN [\'X\'] AND startNode(r) = a)\n';
    const fresh = renderGenerated(stale, 'doc.md');
    expect(fresh).not.toContain('| old |');
    expect(fresh).toContain('| `TestCase` | `TC-SITF-001-01` | `steps` (list) |');
    expect(fresh).toMatch(/type\(r\) IN \['PERFORMED_BY', 'FROM', 'TO', .*\] AND startNode\(r\) = a/);
    expect(() => renderGenerated('<!-- BEGIN GENERATED nope -->\nx\n<!-- END GENERATED nope -->', 'doc.md')).toThrow(/doc\.md: no generated section 'nope'/);
  });
});
