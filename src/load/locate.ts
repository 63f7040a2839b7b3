import type { Node as YamlNode } from 'yaml';
import type { JsonPath, Range } from '../diagnostics/diagnostic.js';
import { LineIndex } from './text.js';
import { yamlLib } from './yaml-lib.js';
import { YAML_OPTIONS } from './yaml-safe.js';

/**
 * Turns a JSON path into a source range. Built lazily, only for files that have a finding:
 * parsing with positions is the costly part of loading, and most files have none.
 */
export class YamlLocator {
  private root?: YamlNode | null;
  private index?: LineIndex;
  constructor(private readonly text: string) {}

  private ensure(): void {
    if (this.root !== undefined) return;
    const { Composer, Parser } = yamlLib();
    const docs = [...new Composer(YAML_OPTIONS).compose(new Parser().parse(this.text), true, this.text.length)];
    this.root = (docs[0]?.contents as YamlNode | undefined) ?? null;
    this.index = new LineIndex(this.text);
  }

  /** Range of the value at `path` (or of its key with `atKey`); the closest existing ancestor otherwise. */
  locate(path: JsonPath, atKey = false): Range {
    this.ensure();
    const { isMap, isScalar, isSeq } = yamlLib();
    let node = this.root ?? null;
    let keyNode: YamlNode | null = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === String(seg));
        if (!pair) break;
        keyNode = pair.key as YamlNode;
        node = (pair.value as YamlNode | null) ?? keyNode;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
        keyNode = null;
        node = node.items[seg] as YamlNode;
      } else break;
    }
    const target = atKey && keyNode ? keyNode : node;
    const [start, end] = target?.range ?? [0, 0];
    const idx = this.index!;
    return { start: idx.position(start), end: idx.position(isMap(target) || isSeq(target) ? start : end) };
  }
}
