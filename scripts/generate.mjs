#!/usr/bin/env node
/**
 * Writes a deterministic synthetic architecture (see scripts/bench/generate-lib.mjs).
 *   node scripts/generate.mjs --entities 10000 --out /tmp/arch-10k [--seed 1] [--errors 0] [--cycles 0]
 */
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { generateArchitecture, writeArchitecture } from './bench/generate-lib.mjs';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    errors: { type: 'string', default: '0' },
    cycles: { type: 'string', default: '0' },
    help: { type: 'boolean', short: 'h' },
  },
});
const usage = 'usage: node scripts/generate.mjs --entities N --out DIR [--seed S] [--errors K] [--cycles K]\n';
if (values.help) {
  process.stdout.write(usage);
} else {
  const num = (name) => {
    const v = Number(values[name]);
    if (!Number.isInteger(v) || v < 0) {
      process.stderr.write(`generate: --${name} must be a non-negative integer\n${usage}`);
      process.exit(2);
    }
    return v;
  };
  if (!values.out) {
    process.stderr.write(`generate: --out is required\n${usage}`);
    process.exit(2);
  }
  if (fs.existsSync(values.out) && fs.readdirSync(values.out).length > 0) {
    process.stderr.write(`generate: ${values.out} exists and is not empty; choose another folder\n`);
    process.exit(2);
  }
  const files = generateArchitecture({ entities: num('entities'), seed: num('seed'), errors: num('errors'), cycles: num('cycles') });
  const bytes = writeArchitecture(values.out, files);
  process.stdout.write(`${values.out}: ${files.size} files, ${(bytes / 1e6).toFixed(2)} MB, ${num('entities')} entities\n`);
}
