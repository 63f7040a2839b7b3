/**
 * Pretty JSON written piece by piece: the document is laid out by JSON.stringify with a placeholder where
 * its one long array goes, and the array's items are serialised one at a time into chunks of about 64 KiB.
 * The bytes are exactly those of `JSON.stringify(doc with the items, null, 2)`, while memory holds one
 * chunk instead of the whole text (50,000 findings are tens of megabytes).
 */
const PLACEHOLDER = '\u0000arch-streamed-items\u0000';
const CHUNK = 65_536;

/** `doc` must contain the array `[PLACEHOLDER]` (see `streamedItems`) exactly once. */
export function* streamJson(doc: unknown, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(doc, null, 2);
  const quoted = JSON.stringify(PLACEHOLDER);
  const at = text.indexOf(quoted);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const pad = text.slice(lineStart, at);
  const head = text.slice(0, lineStart - 1); // ends with "["
  const tail = text.slice(at + quoted.length); // "\n<pad minus 2>]…"
  let chunk = head;
  let first = true;
  for (const item of items) {
    chunk += `${first ? '' : ','}\n${pad}${JSON.stringify(item, null, 2).replace(/\n/g, `\n${pad}`)}`;
    first = false;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${first ? tail.replace(/^\n\s*\]/, ']') : tail}\n`;
}

/** The value to put where the streamed array goes. */
export const streamedItems = (): unknown[] => [PLACEHOLDER];

/** Items mapped lazily, so that each is built only when it is written. */
export function* mapped<T, U>(list: readonly T[], f: (t: T) => U): Generator<U> {
  for (const t of list) yield f(t);
}

/**
 * Any JSON value as `JSON.stringify(value, null, 2) + '\n'`, byte for byte, in chunks of about 64 KiB: for
 * reports whose size is spread over many fields (the conformance report at 100k elements is 300 MB).
 */
export function* streamPrettyJson(value: unknown): Generator<string> {
  let chunk = '';
  function* emit(v: unknown, pad: string): Generator<string> {
    // A small subtree (a finding, a rule's metadata) in one JSON.stringify: walking it here would cost a generator per value.
    if (small(v)) {
      chunk += v !== null && typeof v === 'object' ? JSON.stringify(v, null, 2).replace(/\n/g, `\n${pad}`) : JSON.stringify(v);
      return;
    }
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
      const inner = `${pad}  `;
      if (Array.isArray(v)) {
        if (v.length === 0) {
          chunk += '[]';
          return;
        }
        chunk += '[';
        for (let i = 0; i < v.length; i++) {
          chunk += `${i ? ',' : ''}\n${inner}`;
          const item = v[i];
          if (item === undefined || typeof item === 'function' || typeof item === 'symbol') chunk += 'null';
          else yield* emit(item, inner);
          if (chunk.length >= CHUNK) {
            yield chunk;
            chunk = '';
          }
        }
        chunk += `\n${pad}]`;
        return;
      }
      const keys = Object.keys(v).filter((k) => {
        const x = (v as Record<string, unknown>)[k];
        return x !== undefined && typeof x !== 'function' && typeof x !== 'symbol';
      });
      if (keys.length === 0) {
        chunk += '{}';
        return;
      }
      chunk += '{';
      for (let i = 0; i < keys.length; i++) {
        chunk += `${i ? ',' : ''}\n${inner}${JSON.stringify(keys[i])}: `;
        yield* emit((v as Record<string, unknown>)[keys[i]!], inner);
        if (chunk.length >= CHUNK) {
          yield chunk;
          chunk = '';
        }
      }
      chunk += `\n${pad}}`;
      return;
    }
    chunk += JSON.stringify(v, null, 2).replace(/\n/g, `\n${pad}`);
  }
  yield* emit(value, '');
  yield `${chunk}\n`;
}

/** Objects and arrays a subtree may hold and still be written in one piece. */
const SMALL = 256;

/** Whether `v` holds at most SMALL objects and arrays (counting itself); stops counting past that. */
function small(v: unknown, budget = { left: SMALL }): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (--budget.left < 0) return false;
  if (Array.isArray(v)) {
    for (const x of v) if (!small(x, budget)) return false;
    return true;
  }
  for (const x of Object.values(v)) if (!small(x, budget)) return false;
  return true;
}
