import type { JsonPath, Location } from '../diagnostics/diagnostic.js';
import type { ElementSpans } from './element-spans.js';
import { Locator } from './locate.js';

/**
 * One loaded YAML file: its text, its plain data (absent if it failed to parse), whether the element-file
 * schema already accepted it while it was parsed, and a path → range locator (with the offsets the simple
 * reader recorded, when it read the file).
 */
export class SourceFile {
  private locator?: Locator;
  constructor(
    readonly path: string,
    readonly text: string,
    readonly value: unknown,
    readonly schemaValid = false,
    private readonly spans?: ElementSpans,
  ) {}

  /** A location for a JSON path in this file, with its range. */
  at(path: JsonPath, atKey = false): Location {
    this.locator ??= new Locator(this.text, this.spans);
    return { file: this.path, path, atKey, range: this.locator.locate(path, atKey) };
  }
}
