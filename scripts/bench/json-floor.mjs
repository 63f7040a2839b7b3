#!/usr/bin/env node
/**
 * The floor `arch validate` is measured against (issue #13): a whole process that reads the same data as JSON
 * and `JSON.parse`s every file, nothing else.
 *   node scripts/bench/json-floor.mjs DIR          parse every .json file under DIR
 *   node scripts/bench/json-floor.mjs --write YAML_DIR JSON_DIR   write JSON copies of the YAML files (uses dist/)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
if (args[0] === '--write') {
  const [, from, to] = args;
  const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
  const { parseYaml } = await import(pathToFileURL(path.join(dist, 'load/fast-parse.js')).href);
  for (const rel of fs.readdirSync(from, { recursive: true })) {
    if (!rel.endsWith('.yaml')) continue;
    const out = path.join(to, rel.replace(/\.yaml$/, '.json'));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(parseYaml(rel, fs.readFileSync(path.join(from, rel), 'utf8')).value));
  }
} else {
  let n = 0;
  for (const rel of fs.readdirSync(args[0], { recursive: true })) if (rel.endsWith('.json')) n += Object.keys(JSON.parse(fs.readFileSync(path.join(args[0], rel), 'utf8'))).length;
  process.stdout.write(`${n}\n`);
}
