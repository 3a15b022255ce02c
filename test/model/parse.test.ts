/**
 * Parsing one model file: the YAML core schema only, hostile constructs refused, and positions
 * for every key and value so problems can point at them.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import type { YamlDocument } from '../../src/model/parse.js';
import { MAX_ALIAS_EXPANSION, parseYaml } from '../../src/model/parse.js';

const parsed = (text: string): YamlDocument => {
  const result = parseYaml(text, 'model.yaml');
  if ('problem' in result) throw new Error(result.problem.message);
  return result.document;
};

describe('values', () => {
  it('keeps dates and YAML 1.1 booleans as strings', () => {
    expect(parsed('startDate: 2023-06-13\nanswer: yes\nn: 3\n').root).toEqual({ startDate: '2023-06-13', answer: 'yes', n: 3 });
  });

  it('reads a file with only comments as empty, with a warning', () => {
    expect(parseYaml('# nothing yet\n', 'model.yaml')).toMatchObject({
      document: { root: {} },
      warnings: [{ line: 1, col: 1, message: 'the file is empty (or only comments); it adds nothing to the model' }],
    });
  });

  it('allows aliases of scalars up to a total the file may repeat', () => {
    expect(parsed('a: &name Supplier\nb: *name\n').root).toEqual({ a: 'Supplier', b: 'Supplier' });
    const text = 'x'.repeat(MAX_ALIAS_EXPANSION / 2);
    expect(Object.keys(parsed(`a: &t ${text}\nb: *t\nc: *t\n`).root as object)).toEqual(['a', 'b', 'c']);
    expect(parseYaml(`a: &t ${text}\nb: *t\nc: *t\nd: *t\n`, 'model.yaml')).toMatchObject({ problem: { line: 4, col: 4 } });
  });

  it('warns about nothing in a file with content', () => {
    expect(parseYaml('roles: []\n', 'model.yaml')).toMatchObject({ warnings: [] });
  });
});

describe('refused input', () => {
  it.each([
    ['custom tags (js-yaml marks the end of the tagged node)', 'a: !js/function "() => 1"\n', '1:26  invalid YAML: unknown tag !<!js/function>'],
    [
      'an alias of a mapping, where it is written',
      'a: &x {b: 1}\nc:\n  d: *x\n',
      '3:6  alias *x repeats a mapping or sequence; only scalars may be aliased (repeated collections can expand exponentially)',
    ],
    ['a second document', 'a: 1\n---\nb: 2\n', '3:1  a model file holds one YAML document; found a second one here'],
    ['duplicate keys', 'a: 1\na: 2\n', '2:1  invalid YAML: duplicated mapping key'],
    ['a merge key', 'a: &x {b: 1}\nc:\n  <<: {b: 2}\n', '3:3  merge keys (<<) are not supported; write the fields out in each element'],
    [
      'an unclosed flow sequence, where it opens',
      'a:\n  b: [1, 2\nc: 3\n',
      "2:6  invalid YAML: this '[' is not closed (the parser noticed at 3:1: missed comma between flow collection entries)",
    ],
    [
      'an unclosed quote, where it opens',
      'a:\n  b: "one\n  c: two\n',
      `2:6  invalid YAML: this '"' is not closed (the parser noticed at 4:1: unexpected end of the stream within a double quoted scalar)`,
    ],
    [
      'a missed comma inside a multi-line flow sequence, where it is',
      '{\n  "a": [\n    {"b": 1}\n    {"c": 2}\n  ]\n}\n',
      '4:5  invalid YAML: missed comma between flow collection entries',
    ],
    ['deep nesting', `a: ${'['.repeat(150)}${']'.repeat(150)}\n`, '1:103  invalid YAML: nesting exceeded maxDepth (100)'],
  ])('refuses %s', (_, text, expected) => {
    const result = parseYaml(text, 'model.yaml');
    expect('problem' in result && formatProblem(result.problem)).toBe(`model.yaml:${expected}`);
  });
});

describe('positions', () => {
  const text = [
    '# comment', //                                   1
    'roles:', //                                      2
    '  - id: ADS   # trailing comment', //            3
    '    name: "Advanced Data Service"', //           4
    '    codeBodies: [BSC, REC]', //                  5
    '    text:', //                                   6
    '      folded over', //                           7
    '      two lines', //                             8
    '    empty:', //                                  9
    '    source: {paper: x.txt, "section": Roles}', // 10
    '  -', //                                         11
    '    id: SDS', //                                 12
  ].join('\n');
  const doc = parsed(text);

  const expected = [
    [['roles'], 'value', 3, 3],
    [['roles', 0], 'value', 3, 5],
    [['roles', 0, 'id'], 'key', 3, 5],
    [['roles', 0, 'id'], 'value', 3, 9],
    [['roles', 0, 'name'], 'value', 4, 11],
    [['roles', 0, 'codeBodies', 1], 'value', 5, 23],
    [['roles', 0, 'text'], 'value', 7, 7],
    [['roles', 0, 'empty'], 'value', 9, 5],
    [['roles', 0, 'source', 'section'], 'key', 10, 28],
    [['roles', 0, 'source', 'section'], 'value', 10, 39],
    [['roles', 1], 'value', 12, 5],
    [['roles', 1, 'missing'], 'value', 12, 5],
  ] as const;

  it.each(expected)('%j (%s) is at %i:%i', (path, at, line, col) => {
    expect(doc.locate(path, at)).toEqual({ line, col });
  });

  it('answers the same whatever is asked first (a collection is indexed at the first question about it)', () => {
    const answers = (document: YamlDocument, order: readonly (typeof expected)[number][]) => new Map(order.map(([path, at]) => [`${path.join('.')} ${at}`, document.locate(path, at)]));
    const forwards = answers(parsed(text), expected);
    const backwards = answers(parsed(text), [...expected].reverse());
    // Deepest paths first, so each collection is indexed on the way to something inside it.
    const deepestFirst = answers(parsed(text), [...expected].sort((a, b) => b[0].length - a[0].length));
    expect(backwards).toEqual(forwards);
    expect(deepestFirst).toEqual(forwards);
    expect([...forwards.values()]).toEqual(expected.map(([, , line, col]) => ({ line, col })));
  });

  it('finds keys and values inside a JSON-style file', () => {
    const json = parsed('{\n  "roles": [\n    {\n      "id": "ADS",\n      "codeBodies": ["BSC", "REC"]\n    }\n  ]\n}\n');
    expect(json.locate(['roles', 0])).toEqual({ line: 3, col: 5 });
    expect(json.locate(['roles', 0, 'id'], 'key')).toEqual({ line: 4, col: 7 });
    expect(json.locate(['roles', 0, 'id'])).toEqual({ line: 4, col: 13 });
    expect(json.locate(['roles', 0, 'codeBodies', 1])).toEqual({ line: 5, col: 29 });
  });

  it('finds the fields of an inline `- {…}` entry, a key without a value too', () => {
    const inline = parsed('roles:\n  - {id: ADS, name: A, note}\n  - {id: SDS, codeBodies: [BSC, REC]}\n');
    expect(inline.locate(['roles', 0, 'note'], 'key')).toEqual({ line: 2, col: 24 });
    expect(inline.locate(['roles', 0, 'name'])).toEqual({ line: 2, col: 21 });
    expect(inline.locate(['roles', 1, 'codeBodies', 1], 'value')).toEqual({ line: 3, col: 33 });
  });

  it('counts CRLF line breaks once and ignores a byte-order mark', () => {
    const crlf = parsed('\uFEFFa: 1\r\nroles:\r\n  - id: X\r\n');
    expect(crlf.locate(['roles', 0, 'id'])).toEqual({ line: 3, col: 9 });
  });
});
