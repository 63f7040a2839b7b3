import type { JsonPath } from '../diagnostics/diagnostic.js';

/** Fields are recorded in sixes: key start, key end, value start, value end, first item, item count. */
const F = 6;

/** A growable list of 32-bit integers (offsets fit: files are limited to a few megabytes). */
class Ints {
  data = new Int32Array(64);
  length = 0;
  /** Room for `n` more values. */
  reserve(n: number): Int32Array {
    if (this.length + n > this.data.length) {
      const bigger = new Int32Array(Math.max(this.data.length * 2, this.length + n));
      bigger.set(this.data);
      this.data = bigger;
    }
    return this.data;
  }
  push(x: number): void {
    this.reserve(1)[this.length++] = x;
  }
}

/**
 * Offsets the simple reader (simple-yaml.ts) records while it parses an element file: where each item of the
 * top-level `elements` sequence starts, for each of its fields the spans of the key and the value, and for a
 * field whose value is a sequence the span of each item. A finding or an evidence line at `elements[i]`,
 * `elements[i].field` or `elements[i].field[k]` is then placed without parsing the file again (issue #13);
 * every other path, and whatever the reader cannot place exactly (a block scalar, an empty value, an item
 * with a quoted key), is left to the locator (locate.ts). The ranges are the ones the `yaml` parser gives:
 * test/perf/element-spans.test.ts compares them on every element, field and item.
 */
export class ElementSpans {
  /** Offset where element i starts (its first key), -1 when it is not placed. */
  private readonly itemStart = new Ints();
  /** Index in `fields` (in sixes) of element i's first field; its last is before the next element's first. */
  private readonly first = new Ints();
  /** Value start -1 when the value is not placed, start = end for a collection; first item -1 when the value is not a sequence. */
  private readonly fields = new Ints();
  /** Start and end of each sequence item (-1, -1 when not placed; start = end for a collection). */
  private readonly items = new Ints();
  private current = -1;

  constructor(private readonly text: string) {}

  /** Element `index` starts at `offset`; its fields follow. */
  element(index: number, offset: number): void {
    const fieldCount = this.fields.length / F;
    while (this.itemStart.length < index) {
      this.itemStart.push(-1);
      this.first.push(fieldCount);
    }
    this.itemStart.push(offset);
    this.first.push(fieldCount);
    this.current = index;
  }

  /** A field of the current element; an element with a quoted key (which may not read as its text) is left to the locator. */
  field(keyStart: number, keyEnd: number, valueStart: number, valueEnd: number, quotedKey: boolean, sequence = false): void {
    if (quotedKey) this.itemStart.data[this.current] = -1;
    const fields = this.fields;
    const data = fields.reserve(F);
    const at = fields.length;
    data[at] = keyStart;
    data[at + 1] = keyEnd;
    data[at + 2] = valueStart;
    data[at + 3] = valueEnd;
    data[at + 4] = sequence ? this.items.length >> 1 : -1;
    data[at + 5] = 0;
    fields.length = at + F;
  }

  /** The next item of the sequence that is the current element's last field. */
  item(start: number, end: number): void {
    const items = this.items;
    const data = items.reserve(2);
    data[items.length] = start;
    data[items.length + 1] = end;
    items.length += 2;
    this.fields.data[this.fields.length - 1]!++;
  }

  /** [start, end) offsets of `path` as `YamlLocator.locate` gives them, or undefined when these spans cannot say. */
  locate(path: JsonPath, atKey: boolean): [number, number] | undefined {
    const [top, index, key, k] = path;
    if (path.length < 2 || path.length > 4 || top !== 'elements' || typeof index !== 'number') return undefined;
    if (index < 0 || index >= this.itemStart.length) return undefined;
    const start = this.itemStart.data[index]!;
    if (start < 0) return undefined;
    if (key === undefined) return [start, start];
    const text = this.text;
    const fields = this.fields.data;
    const name = String(key);
    const last = index + 1 < this.first.length ? this.first.data[index + 1]! * F : this.fields.length;
    for (let f = this.first.data[index]! * F; f < last; f += F) {
      if (fields[f + 1]! - fields[f]! !== name.length || !text.startsWith(name, fields[f]!)) continue;
      const vs = fields[f + 2]!;
      if (k === undefined) return atKey ? [fields[f]!, fields[f + 1]!] : vs < 0 ? undefined : [vs, fields[f + 3]!];
      // Into a sequence: its item, or (past its end) the sequence itself, or its key as the closest one passed.
      const firstItem = fields[f + 4]!;
      if (firstItem < 0 || typeof k !== 'number') return undefined;
      if (k >= fields[f + 5]!) return atKey ? [fields[f]!, fields[f + 1]!] : [vs, vs];
      const is = this.items.data[(firstItem + k) * 2]!;
      return is < 0 ? undefined : [is, this.items.data[(firstItem + k) * 2 + 1]!];
    }
    // No such field: the element itself, as the precise locator stops at the closest existing ancestor.
    return [start, start];
  }
}
