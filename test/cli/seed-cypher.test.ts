/**
 * The Cypher files of the seed, without a Neo4j: seed/schema.cypher is what schema.ts generates
 * (a drift test), `mhhs seed --cypher-out` writes the seed script with no connection, and the
 * literals in that script are written so that Neo4j reads back the values the seed would send.
 * test/neo4j/seed-cypher.test.ts runs the script against Neo4j.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedModel } from '../support/models.js';
import { cypherLiteral, inlineParameters } from '../../src/store/neo4j/cypher-literal.js';
import { SCHEMA_CYPHER_FILE, schemaCypher, seedCypherScript } from '../../src/store/neo4j/cypher-script.js';
import { OBSOLETE_CONSTRAINTS, SCHEMA } from '../../src/store/neo4j/schema.js';
import { CLI_TIMEOUT, runCli, SMALL_MODEL } from './run-cli.js';

describe('seed/schema.cypher', () => {
  it('is what schema.ts generates (run `npm run seed:schema` after changing the schema)', async () => {
    expect(await readFile(SCHEMA_CYPHER_FILE, 'utf8')).toBe(schemaCypher());
  });

  it('holds every constraint and index the seeder creates, one statement a line, after a header saying how it is made', () => {
    const lines = schemaCypher().trimEnd().split('\n');
    const header = lines.filter((l) => l.startsWith('//'));
    expect(header.join('\n')).toMatch(/Generated from src\/store\/neo4j\/schema\.ts by `npm run seed:schema`/);
    expect(lines.slice(header.length)).toEqual([
      ...OBSOLETE_CONSTRAINTS.map((name) => `DROP CONSTRAINT ${name} IF EXISTS;`),
      ...SCHEMA.map((item) => `${item.cypher};`),
    ]);
  });
});

describe('mhhs seed --cypher-out', { timeout: CLI_TIMEOUT }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mhhs-cypher-out-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the seed script of the model without NEO4J_URI or a server, and says what it holds', async () => {
    const file = join(dir, 'model.cypher');
    const { code, stdout, stderr } = await runCli(['seed', '--model', SMALL_MODEL, '--cypher-out', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const model = await sharedModel(SMALL_MODEL);
    const script = seedCypherScript(model);
    expect(await readFile(file, 'utf8')).toBe(script.text);
    expect(stdout).toContain(`${script.counts.nodes} elements and ${script.counts.relationships} relationships (model ${model.hash.slice(0, 12)})`);
    expect(stdout).toContain(`cypher-shell -f ${file}`);
  });

  it('puts the schema first, then the whole replacement of the graph in one :begin … :commit transaction', async () => {
    const { text } = seedCypherScript(await sharedModel(SMALL_MODEL));
    const [schemaPart, transaction] = text.split('\n:begin\n');
    expect(schemaPart).toContain(schemaCypher().replace(/^\/\/.*\n/gm, ''));
    expect(transaction).toMatch(/^MATCH \(n\) WHERE n:Node OR n:ModelMeta DETACH DELETE n;\n/);
    expect(transaction).toMatch(/\nCREATE \(:ModelMeta \{generation: 1, graphSchemaVersion: '[0-9a-f]{12}', modelHash: '[0-9a-f]+', seededAt: datetime\(\)\}\);\n:commit\n$/);
    expect(text).not.toMatch(/\$[A-Za-z]/);
  });

  it('refuses --dry-run with --cypher-out, which would not seed either', async () => {
    const { code, stderr } = await runCli(['seed', '--dry-run', '--cypher-out', join(dir, 'x.cypher')]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/cannot be used with option '-n, --dry-run'/);
  });
});

describe('Cypher literals of the seed script', () => {
  it('escapes quotes and backslashes, and writes everything outside printable ASCII as \\uXXXX', () => {
    expect(cypherLiteral(`it's a "back\\slash"\n\té😀`)).toBe(`'it\\'s a "back\\\\slash"\\u000A\\u0009\\u00E9\\uD83D\\uDE00'`);
  });

  it('writes Neo4j integers as Integers and JS numbers as Floats, as the driver sends them', () => {
    expect([neo4j.int(7), neo4j.int(-3), 2, 0.5, -0, 1e21, 1.5e-7].map(cypherLiteral)).toEqual(['7', '-3', '2.0', '0.5', '-0.0', '1e21', '1.5e-7']);
  });

  it('writes rows as maps, quoting only keys that are not plain identifiers', () => {
    expect(cypherLiteral({ id: 'X', _props: '{}', 'odd key`': [true, neo4j.int(1)] })).toBe("{id: 'X', _props: '{}', `odd key```: [true, 1]}");
  });

  it('refuses values the seed never sends rather than writing something else', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, undefined, null, new Date(0), 10n]) expect(() => cypherLiteral(value)).toThrow();
  });

  it('inlines every parameter of a statement, and refuses one it has no value for', () => {
    expect(inlineParameters('RETURN $a, $b', { a: 'x', b: neo4j.int(2) })).toBe("RETURN 'x', 2");
    expect(() => inlineParameters('RETURN $missing', {})).toThrow(/\$missing/);
  });
});
