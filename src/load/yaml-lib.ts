/**
 * The `yaml` package, loaded on first use. The fast parsers (fast-parse.ts) read nearly every file without it;
 * it is needed only for a file they give up on and for the position of a finding, and loading its many
 * CommonJS modules costs ~25 ms, which a valid repository (and `arch --help`) should not pay.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return lib;
}
