/**
 * The per-file front of the pipeline: parse one YAML file (load stage) and, when it parsed, tell whether the
 * element-file schema accepts it (schema stage). Both are pure functions of the file's text, so they can run
 * in any thread; the schema stage later skips files already accepted here and explains only the rejected ones.
 */
import { parseYaml } from '../load/fast-parse.js';
import type { ParsedFile } from '../load/load-repository.js';
import { isValidElementFile } from '../schema/validate.js';

export interface FileInput {
  rel: string;
  text: string;
}

export function parseAndCheck(input: FileInput): ParsedFile {
  const parsed: ParsedFile = parseYaml(input.rel, input.text);
  if (parsed.value !== undefined && isValidElementFile(parsed.value)) parsed.schemaValid = true;
  return parsed;
}
