/**
 * Model files are UTF-8. A file in another encoding is refused, saying where it goes wrong,
 * rather than read with replacement characters (a Latin-1 `é`) or handed to the YAML parser as
 * NUL-riddled text (UTF-16), which it misreports as "null byte is not allowed".
 */
import type { ModelProblem } from '../errors.js';

export type DecodedFile = { readonly text: string } | { readonly problem: ModelProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeModelFile(bytes: Uint8Array, file: string): DecodedFile {
  if (isUtf16(bytes)) return { problem: { file, line: 1, col: 1, message: 'the file is UTF-16; save it as UTF-8' } };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidSequence(bytes);
    // The text before the bad byte is valid UTF-8, so lines and columns count as everywhere else.
    const before = utf8.decode(bytes.subarray(0, bad));
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    const line = (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
    const byte = `0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      problem: {
        file,
        line,
        col: before.length - lineStart + 1,
        message: `invalid UTF-8 (byte ${byte}); save the file as UTF-8 (was it saved as Latin-1 or Windows-1252?)`,
      },
    };
  }
}

/** A UTF-16 byte-order mark, or the NUL byte beside each ASCII character that UTF-16 text starts with. */
function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return a !== undefined && b !== undefined && (a === 0) !== (b === 0);
}

/**
 * Offset of the first byte sequence that is not UTF-8, in a buffer known to contain one. Only
 * called on a bad file: a binary search for the shortest prefix the streaming decoder rejects
 * (rejection is monotone in the prefix), then back to where the last whole character ends.
 */
function firstInvalidSequence(bytes: Uint8Array): number {
  const rejects = (end: number, stream: boolean): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return false;
    } catch {
      return true;
    }
  };
  let low = 1;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rejects(mid, true)) high = mid;
    else low = mid + 1;
  }
  let start = low - 1;
  while (start > 0 && rejects(start, false)) start -= 1;
  return start;
}
