/**
 * Worker-thread entry of parallel parsing (see parse-files.ts): parses one batch of files with the same
 * `parseYaml` as the main thread, posts the results in input order on the given port, then wakes the main
 * thread (which waits synchronously). Any failure is posted as such, so the main thread never waits in vain.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { parseYaml } from './fast-parse.js';
import type { ParsedYaml } from './yaml-safe.js';

interface Job {
  files: { rel: string; text: string }[];
  port: MessagePort;
  signal: Int32Array;
}

const job = workerData as Job;
// The results travel as one JSON string: parsed data is plain JSON (the loader guarantees it: finite numbers,
// no undefined, no cycles), and JSON.parse on the main thread is much faster than structured-clone decoding.
let message: { ok: true; json: string } | { ok: false; error: string };
try {
  const results: ParsedYaml[] = job.files.map((f) => parseYaml(f.rel, f.text));
  message = { ok: true, json: JSON.stringify(results) };
} catch (e) {
  message = { ok: false, error: e instanceof Error ? e.message : String(e) };
}
job.port.postMessage(message);
Atomics.store(job.signal, 0, 1);
Atomics.notify(job.signal, 0);
job.port.close();
