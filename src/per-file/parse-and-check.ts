/**
 * The per-file front of the pipeline: parse one YAML file (load stage) and, when it parsed, tell whether the
 * element-file schema accepts it (schema stage). Both are pure functions of the file's text, so they can run
 * in any thread; the schema stage later skips files already accepted here and explains only the rejected ones.
 */
import { parseYaml } from '../load/fast-parse.js';
import type { ParsedFile, ParseInput } from '../load/load-repository.js';
import { isValidElementFile } from '../schema/validate.js';

/** Parses a file without asking the schema (its verdict comes from elsewhere, or from `check`). */
export const parseOnly = (input: ParseInput): ParsedFile => parseYaml(input.rel, input.text);

/** Records the element schema's verdict on a parsed file. */
export function check(parsed: ParsedFile): ParsedFile {
  if (parsed.value !== undefined && isValidElementFile(parsed.value)) parsed.schemaValid = true;
  return parsed;
}

export const parseAndCheck = (input: ParseInput): ParsedFile => check(parseOnly(input));
