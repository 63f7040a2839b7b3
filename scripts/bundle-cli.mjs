#!/usr/bin/env node
/**
 * Build step (after tsc): bundles the CLI's start-up code — dist/cli/main.js, the command definitions and
 * commander — into dist/cli/main.js itself, so that `arch --version`, `--help` and the start of every command
 * load one file instead of ~25 (each a resolve, a read and a compile; commander also goes through the CommonJS
 * loader). Everything else stays a separate file: the lazily imported command implementations (bundled in
 * the second stage below), and the modules they share with the entry (errors.js, whose InputError main.js tests with
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

/** vite's bundler for Node (ssr), unminified, writing into `outDir` beside what is there. */
const bundle = ({ plugins, ssr, outDir, rolldownOptions }) =>
  build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    publicDir: false,
    ssr: { noExternal: true },
    plugins,
    build: { ssr, outDir, emptyOutDir: false, minify: false, copyPublicDir: false, reportCompressedSize: false, rolldownOptions },
  });

await bundle({
  plugins: [{ name: 'arch-version', load: (id) => (id === VERSION_MODULE ? `export const VERSION = ${JSON.stringify(version)};\n` : null) }],
  ssr: ENTRY,
  outDir: path.join(DIST, 'cli'),
  rolldownOptions: { external, output: { entryFileNames: 'main.js', banner: BANNER } },
});
process.stdout.write(`bundle-cli: dist/cli/main.js (${(fs.statSync(ENTRY).size / 1024).toFixed(0)} KB)\n`);

/*
 * Second stage: each command's implementation (dist/cli/commands/*-run.js) with the modules of dist/ it imports,
 * as one file per command in dist/bundle/ plus the chunks the commands share: a command loads a few files
 * instead of 60–180 (about 0.1 s of every run). Packages stay imports, and so do the modules whose one instance
 * the entry shares (SHARED). dist/bundle/ sits two folders deep like the modules it holds, so their paths relative
 * to the package (`../../data`) still hold; worker scripts and the precompiled files are read from dist/ itself.
 * The entry's dynamic imports of the commands are pointed at the bundle.
 */
const BUNDLE = path.join(DIST, 'bundle');
const COMMANDS_DIR = path.join(DIST, 'cli/commands');
const SHARED = new Set(['util/errors.js', 'util/pending-writes.js', 'cli/signals.js']);
const OWN_CHUNK = /[\\/]dist[\\/](render[\\/]docx[\\/]|render[\\/]portfolio[\\/](docx|xlsx)\.js$|render[\\/]office-zip\.js$|lsp[\\/]|cli[\\/]commands[\\/]lsp-run\.js$)/;
const RUN = fs.readdirSync(COMMANDS_DIR).filter((f) => f.endsWith('-run.js')).sort();
fs.rmSync(BUNDLE, { recursive: true, force: true });

await bundle({
  plugins: [
    {
      // A SHARED module stays an import, written relative to dist/bundle/ (where every output file is).
      name: 'arch-shared-modules',
      enforce: 'pre',
      resolveId(id, importer) {
        if (!importer || !id.startsWith('.')) return null;
        const file = path.resolve(path.dirname(importer), id);
        if (!SHARED.has(path.relative(DIST, file).split(path.sep).join('/'))) return null;
        return { id: path.relative(BUNDLE, file).split(path.sep).join('/'), external: true };
      },
    },
  ],
  ssr: true,
  outDir: BUNDLE,
  rolldownOptions: {
    input: Object.fromEntries(RUN.map((f) => [f.replace(/\.js$/, ''), path.join(COMMANDS_DIR, f)])),
    // node: built-ins and packages stay imports.
    external: (id) => id.startsWith('node:') || (!id.startsWith('.') && !path.isAbsolute(id)),
    // What the commands share goes in one chunk (one more file to load, not forty), except the modules that load
    // a heavy package on import (Word, spreadsheet, language server): those stay in the chunks of their own
    // outputs, loaded when an output needs them.
    output: { entryFileNames: '[name].js', manualChunks: (id) => (OWN_CHUNK.test(id) ? undefined : 'shared'), chunkFileNames: '[name].js', banner: BANNER },
  },
});

const entry = fs.readFileSync(ENTRY, 'utf8');
let pointed = 0;
const rewired = entry.replace(/import\("\.\/commands\/([a-z]+-run\.js)"\)/g, (_, file) => {
  pointed++;
  return `import("../bundle/${file}")`;
});
const expected = (entry.match(/import\("\.\/commands\//g) ?? []).length;
if (pointed === 0 || pointed !== expected || !RUN.every((f) => rewired.includes(`"../bundle/${f}"`))) {
  process.stderr.write(`bundle-cli: expected the entry to import every command from ./commands/ (found ${pointed} of ${expected})\n`);
  process.exit(1);
}
fs.writeFileSync(ENTRY, rewired);
process.stdout.write(`bundle-cli: dist/bundle/ (${RUN.length} commands, ${fs.readdirSync(BUNDLE).length} files)\n`);
