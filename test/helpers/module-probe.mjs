/**
 * Preloaded with `node --import` by test/cli/startup.test.ts: appends to the file named by ARCH_MODULE_PROBE, one
 * `module <url>` line each, every ES module the process loads (through a loader hook) and, at exit, every
 * CommonJS module it required. (A file, not stderr: a full pipe would make the writes fail with EAGAIN.)
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const out = process.env.ARCH_MODULE_PROBE;
const hook = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(out)}, 'module ' + url + '\\n'); return next(url, context); }`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  appendFileSync(out, Object.keys(cache).map((file) => `module ${pathToFileURL(file).href}\n`).join(''));
});
