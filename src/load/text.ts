import type { Position } from '../diagnostics/diagnostic.js';

/** Maps UTF-16 offsets of a text to 1-based line:column, with a binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** C0 controls except tab, LF and CR; DEL; C1 controls except NEL. */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u0080-\u0084\u0086-\u009F]/;
/** Bidirectional overrides and isolates, zero-width characters (Trojan Source). */
export const BIDI_CHARS = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

export function describeChar(ch: string): string {
  return 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; detail: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Strict UTF-8 decoding: UTF-16/32 byte-order marks and invalid byte sequences are errors with a byte offset. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    return { ok: false, offset: 0, detail: 'UTF-16/UTF-32 byte-order mark' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, offset: firstInvalidUtf8(bytes), detail: 'invalid byte sequence' };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/** Line:column of a byte offset, counting the valid UTF-8 before it. */
export function positionOfByte(bytes: Uint8Array, offset: number): Position {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  return new LineIndex(text).position(text.length);
}
