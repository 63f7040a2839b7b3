/**
 * A parser returns strings that V8 keeps as slices of the whole file's text. Architecture files hold
 * Vietnamese, so that text is stored with two bytes a character, and so is every slice of it, even an ASCII
 * id; each slice also keeps its whole file alive. Hashing and comparing such slices, as every Map lookup by
 * id does, costs several times more than on a compact one-byte string. `compactString` returns an ASCII
 * string as a fresh one-byte copy (the same text), and any other string as it is.
 */
const ASCII = /^[\x00-\x7f]*$/;

export function compactString(s: string): string {
  return ASCII.test(s) ? Buffer.from(s, 'latin1').toString('latin1') : s;
}
