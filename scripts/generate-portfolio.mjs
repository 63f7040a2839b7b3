#!/usr/bin/env node
/**
 * Writes a deterministic synthetic national portfolio: one architecture folder per ministry and province
 * (see generatePortfolio in scripts/bench/generate-lib.mjs).
 *   node scripts/generate-portfolio.mjs --entities 100000 --out /tmp/portfolio-100k [--seed 1]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { generatePortfolio, writeArchitecture } from './bench/generate-lib.mjs';

const { values } = parseArgs({ options: { entities: { type: 'string', default: '10000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const usage = 'usage: node scripts/generate-portfolio.mjs --entities N --out DIR [--seed S]\n';
const entities = Number(values.entities);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(entities) || entities < 0 || !Number.isInteger(seed) || seed < 0) {
  process.stderr.write(`generate-portfolio: --out is required; --entities and --seed are non-negative integers\n${usage}`);
  process.exit(2);
}
if (fs.existsSync(values.out) && fs.readdirSync(values.out).length > 0) {
  process.stderr.write(`generate-portfolio: ${values.out} exists and is not empty; choose another folder\n`);
  process.exit(2);
}
let bytes = 0;
const repos = generatePortfolio({ entities, seed });
for (const [name, files] of repos) bytes += writeArchitecture(path.join(values.out, name), files);
process.stdout.write(`generate-portfolio: ${repos.size} architectures, ${(bytes / 1e6).toFixed(1)} MB below ${values.out}\n`);
