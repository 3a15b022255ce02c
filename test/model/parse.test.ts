/**
 * Parsing one model file: the YAML core schema only, hostile constructs refused, and positions
 * for every key and value so problems can point at them.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import type { YamlDocument } from '../../src/model/parse.js';
import { parseYaml } from '../../src/model/parse.js';

const parsed = (text: string): YamlDocument => {
  const result = parseYaml(text, 'model.yaml');
  if ('problem' in result) throw new Error(result.problem.message);
  return result.document;
};

describe('values', () => {
  it('keeps dates and YAML 1.1 booleans as strings', () => {
    expect(parsed('startDate: 2023-06-13\nanswer: yes\nn: 3\n').root).toEqual({ startDate: '2023-06-13', answer: 'yes', n: 3 });
  });

  it('reads a file with only comments as empty', () => {
    expect(parsed('# nothing yet\n').root).toEqual({});
  });

  it('allows aliases of scalars, which cannot grow the document', () => {
    expect(parsed('a: &name Supplier\nb: *name\n').root).toEqual({ a: 'Supplier', b: 'Supplier' });
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
    ['deep nesting', `a: ${'['.repeat(150)}${']'.repeat(150)}\n`, '1:103  invalid YAML: nesting exceeded maxDepth (100)'],
  ])('refuses %s', (_, text, expected) => {
    const result = parseYaml(text, 'model.yaml');
    expect('problem' in result && formatProblem(result.problem)).toBe(`model.yaml:${expected}`);
  });
});

describe('positions', () => {
  const doc = parsed(
    [
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
    ].join('\n'),
  );

  it.each([
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
  ] as const)('%j (%s) is at %i:%i', (path, at, line, col) => {
    expect(doc.locate(path, at)).toEqual({ line, col });
  });

  it('counts CRLF line breaks once and ignores a byte-order mark', () => {
    const crlf = parsed('\uFEFFa: 1\r\nroles:\r\n  - id: X\r\n');
    expect(crlf.locate(['roles', 0, 'id'])).toEqual({ line: 3, col: 9 });
  });
});
