import { getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import type { Node as YamlNode } from 'yaml';
import type { JsonPath, Range } from '../diagnostics/diagnostic.js';
import type { ElementSpans } from './element-spans.js';
import { fastPathPossible } from './fast-parse.js';
import { LIMITS } from './limits.js';
import { LineIndex } from './text.js';
import { yamlLib } from './yaml-lib.js';
import { YAML_OPTIONS } from './yaml-safe.js';

/**
 * Turns a JSON path into a source range. Three tiers, as for parsing (fast-parse.ts): the offsets the simple
 * reader recorded while it parsed the file (element-spans.ts: an element or one of its fields, which is
 * what evidence and most findings point at, without parsing again); else, built lazily, the structure from
 * js-yaml's event parser (about 5× cheaper than composing a `yaml` document); and the `yaml` document
 * whenever the faster tiers are not sure (unusual characters, a block scalar at the target, a parser
 * error). All give the same ranges: test/perf/locate.test.ts compares them on every node of generated
 * architectures and of the examples.
 */
export class Locator {
  private fast?: EventTree | null;
  private precise?: YamlLocator;
  private index?: LineIndex;
  constructor(
    private readonly text: string,
    private readonly spans?: ElementSpans,
  ) {}

  locate(path: JsonPath, atKey = false): Range {
    const placed = this.spans?.locate(path, atKey);
    if (placed) {
      this.index ??= new LineIndex(this.text);
      return { start: this.index.position(placed[0]), end: this.index.position(placed[1]) };
    }
    if (this.fast === undefined) this.fast = EventTree.build(this.text);
    const r = this.fast?.locate(path, atKey);
    if (r) return r;
    this.precise ??= new YamlLocator(this.text);
    return this.precise.locate(path, atKey);
  }
}

const SCALAR = 4;
const SEQUENCE = 2;
const MAPPING = 3;
const POP = 6;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;

/** A node of the event tree: its source span and, for collections, its children (mappings keep their keys). */
interface TreeNode {
  start: number;
  end: number;
  /** 0 scalar usable as is, 1 block scalar (left to the precise tier), 2 sequence, 3 mapping. */
  kind: 0 | 1 | 2 | 3;
  items?: TreeNode[];
  keys?: { key: string; node: TreeNode; value: TreeNode | undefined }[];
}

/**
 * A scalar's node with the span `yaml` gives it (quotes included); kind 1 (left to the precise tier) for
 * block scalars and for an empty plain scalar (`key:`), which has no text of its own; null when the quotes
 * are not where they should be.
 */
function scalarNode(text: string, e: ScalarEvent): TreeNode | null {
  if (e.valueStart < 0 || (e.style === PLAIN && e.valueStart === e.valueEnd)) return { start: 0, end: 0, kind: 1 };
  if (e.style === PLAIN) return { start: e.valueStart, end: e.valueEnd, kind: 0 };
  if (e.style !== SINGLE_QUOTED && e.style !== DOUBLE_QUOTED) return { start: e.valueStart, end: e.valueEnd, kind: 1 };
  const quote = text[e.valueStart - 1];
  return (quote === '"' || quote === "'") && text[e.valueEnd] === quote ? { start: e.valueStart - 1, end: e.valueEnd + 1, kind: 0 } : null;
}

/** The document's structure from js-yaml events, positions only. */
export class EventTree {
  private constructor(
    private readonly root: TreeNode | undefined,
    private readonly index: LineIndex,
  ) {}

  /** Undefined when the text is outside what the fast tier reads exactly. */
  static build(text: string): EventTree | null {
    if (!fastPathPossible(text)) return null;
    let events: Event[];
    try {
      events = parseEvents(text, { maxDepth: LIMITS.maxDepth + 2 });
    } catch {
      return null;
    }
    const stack: TreeNode[] = [];
    const pendingKey: ({ key: string; node: TreeNode } | undefined)[] = [];
    let root: TreeNode | undefined;
    const add = (n: TreeNode, e: Event): boolean => {
      const top = stack[stack.length - 1];
      if (!top) {
        root ??= n;
        return true;
      }
      if (top.kind === 2) top.items!.push(n);
      else {
        const k = pendingKey[stack.length - 1];
        if (k === undefined) {
          if (n.kind !== 0) return false; // complex keys: the precise tier decides
          pendingKey[stack.length - 1] = { key: getScalarValue(text, e as ScalarEvent), node: n }; // only scalars make kind-0 nodes
        } else {
          top.keys!.push({ ...k, value: n });
          pendingKey[stack.length - 1] = undefined;
        }
      }
      return true;
    };
    for (const e of events) {
      if (e.type === SCALAR) {
        if (e.anchorStart !== -1 || e.tagStart !== -1) return null;
        const n = scalarNode(text, e);
        if (!n || !add(n, e)) return null;
      } else if (e.type === SEQUENCE || e.type === MAPPING) {
        if (e.anchorStart !== -1 || e.tagStart !== -1) return null;
        const n: TreeNode = e.type === SEQUENCE ? { start: e.start, end: e.start, kind: 2, items: [] } : { start: e.start, end: e.start, kind: 3, keys: [] };
        if (!add(n, e)) return null;
        stack.push(n);
        pendingKey[stack.length - 1] = undefined;
      } else if (e.type === POP) {
        if (stack.length > 0) stack.pop();
      } else if (e.type !== 1) return null; // aliases
    }
    return new EventTree(root, new LineIndex(text));
  }

  /** The range `YamlLocator.locate` gives, or undefined when this tier cannot say it exactly. */
  locate(path: JsonPath, atKey: boolean): Range | undefined {
    let node = this.root;
    let keyNode: TreeNode | undefined;
    for (const seg of path) {
      if (node?.kind === 3) {
        const pair = node.keys!.find((k) => k.key === String(seg));
        if (!pair) break;
        keyNode = pair.node;
        node = pair.value ?? keyNode;
      } else if (node?.kind === 2 && typeof seg === 'number' && node.items![seg]) {
        keyNode = undefined;
        node = node.items![seg];
      } else break;
    }
    const target = atKey && keyNode ? keyNode : node;
    if (!target) return this.root ? undefined : { start: this.index.position(0), end: this.index.position(0) };
    if (target.kind === 1) return undefined;
    return { start: this.index.position(target.start), end: this.index.position(target.kind >= 2 ? target.start : target.end) };
  }
}

/** The precise tier: positions from a composed `yaml` document. */
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
