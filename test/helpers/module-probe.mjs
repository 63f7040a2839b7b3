/**
 * Preloaded with `node --import` by test/cli/startup.test.ts: prints to stderr, one `module <url>` line each,
 * every ES module the process loads (through a loader hook) and, at exit, every CommonJS module it required.
 */
import { writeSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const hook = `import { writeSync } from 'node:fs';
export async function load(url, context, next) { writeSync(2, 'module ' + url + '\\n'); return next(url, context); }`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  for (const file of Object.keys(cache)) writeSync(2, `module ${pathToFileURL(file).href}\n`);
});
