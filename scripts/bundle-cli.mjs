#!/usr/bin/env node
/**
 * Build step (after tsc): bundles the CLI's start-up code — dist/cli/main.js, the command definitions and
 * commander — into dist/cli/main.js itself, so that `arch --version`, `--help` and the start of every command
 * load one file instead of ~25 (each a resolve, a read and a compile; commander also goes through the CommonJS
 * loader). Everything else stays a separate file, imported as before: the lazily imported command
 * implementations, and the modules they share with the entry (errors.js, whose InputError main.js tests with
 * instanceof, and pending-writes.js, whose state must be one). Only pure, start-up-only modules are inlined.
 * The version is baked in, so that start-up does not read package.json.
 * Uses vite's bundler (a devDependency already); without this step dist/cli/main.js still works, unbundled.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const ENTRY = path.join(DIST, 'cli/main.js');
const BANNER = '// bundled by arch scripts/bundle-cli.mjs from the tsc output — do not edit';
const COMMANDS = ['build', 'catalog', 'check', 'diff', 'export', 'graph', 'impact', 'init', 'lsp', 'outline', 'portfolio', 'rules', 'schema', 'validate'];
/** The modules of dist/ inlined into the entry (paths relative to dist/). */
const INLINE = new Set(['cli/main.js', 'cli/program.js', 'cli/io.js', 'cli/formats.js', 'cli/version.js', 'cli/stdout.js', 'util/io-error.js', 'catalog/profile-ids.js', 'format/types.js', ...COMMANDS.map((c) => `cli/commands/${c}.js`)]);

const VERSION_MODULE = path.join(DIST, 'cli/version.js');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

if (fs.readFileSync(ENTRY, 'utf8').startsWith(BANNER)) {
  process.stderr.write('bundle-cli: dist/cli/main.js is already bundled; run tsc first\n');
  process.exit(1);
}

/** node: built-ins and dist/ modules outside INLINE stay imports; packages (commander) are inlined. */
function external(id, importer) {
  if (id.startsWith('node:')) return true;
  if (!id.startsWith('.') && !path.isAbsolute(id)) return false;
  const file = importer && !path.isAbsolute(id) ? path.resolve(path.dirname(importer), id) : id;
  return file.startsWith(`${DIST}${path.sep}`) && !INLINE.has(path.relative(DIST, file).split(path.sep).join('/'));
}

await build({
  configFile: false,
  logLevel: 'warn',
  root: ROOT,
  publicDir: false,
  ssr: { noExternal: true },
  plugins: [{ name: 'arch-version', load: (id) => (id === VERSION_MODULE ? `export const VERSION = ${JSON.stringify(version)};\n` : null) }],
  build: {
    ssr: ENTRY,
    outDir: path.join(DIST, 'cli'),
    emptyOutDir: false,
    minify: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: { external, output: { entryFileNames: 'main.js', banner: BANNER } },
  },
});
process.stdout.write(`bundle-cli: dist/cli/main.js (${(fs.statSync(ENTRY).size / 1024).toFixed(0)} KB)\n`);
