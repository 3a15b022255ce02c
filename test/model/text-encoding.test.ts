/**
 * Model files are UTF-8: anything else is refused at the first byte that is not, by line and
 * column (counted in characters, as every other position is).
 */
import { describe, expect, it } from 'vitest';
import { decodeModelFile } from '../../src/model/text-encoding.js';

const decoded = (bytes: number[] | Buffer) => decodeModelFile(Uint8Array.from(bytes), 'model.yaml');

describe('decoding a model file', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decoded(Buffer.from('name: Données\n'))).toEqual({ text: 'name: Données\n' });
    expect(decoded(Buffer.from('\uFEFFa: 1\n'))).toEqual({ text: 'a: 1\n' });
  });

  it.each([
    ['a Latin-1 byte after multi-byte characters', Buffer.concat([Buffer.from('a: 1\nb: “é”'), Buffer.from([0xe9, 0x0a])]), 2, 7, '0xE9'],
    ['a sequence cut short by the end of the file', Buffer.concat([Buffer.from('a: 1\r\nb: '), Buffer.from([0xe2, 0x82])]), 2, 4, '0xE2'],
    ['an encoded surrogate', Buffer.from([0x61, 0x0a, 0x0a, 0xed, 0xa0, 0x80]), 3, 1, '0xED'],
  ])('locates %s', (_, bytes, line, col, byte) => {
    expect(decoded(bytes)).toEqual({
      problem: {
        file: 'model.yaml',
        line,
        col,
        message: `invalid UTF-8 (byte ${byte}); save the file as UTF-8 (was it saved as Latin-1 or Windows-1252?)`,
      },
    });
  });

  it.each([
    ['little-endian with a byte-order mark', [0xff, 0xfe, 0x61, 0x00]],
    ['big-endian with a byte-order mark', [0xfe, 0xff, 0x00, 0x61]],
    ['without a byte-order mark', [0x61, 0x00, 0x3a, 0x00]],
  ])('says UTF-16 %s is UTF-16', (_, bytes) => {
    expect(decoded(bytes)).toEqual({ problem: { file: 'model.yaml', line: 1, col: 1, message: 'the file is UTF-16; save it as UTF-8' } });
  });
});
