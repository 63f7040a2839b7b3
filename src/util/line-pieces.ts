/**
 * Lines joined into pieces of about 64 KiB, each line ending in "\n". Large exports are written piece by
 * piece: at 100k elements an ArchiMate file is over 400 million characters, near V8's limit on the length
 * of one string, and building it whole doubled the memory an export needs.
 */
export function* linePieces(lines: Iterable<string>, size = 65_536): Generator<string> {
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** The pieces as one string (tests and small outputs). */
export const joinPieces = (pieces: Iterable<string>): string => [...pieces].join('');
