/**
 * Worker-thread entry of the per-file front (see run-files.ts): runs `parseAndCheck` on one batch of files,
 * posts the results in input order on the given port, then wakes the main thread (which waits synchronously).
 * Any failure is posted as such, so the main thread never waits in vain.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { ParsedFile } from '../load/load-repository.js';
import { parseAndCheck, type FileInput } from './parse-and-check.js';

interface Job {
  files: FileInput[];
  port: MessagePort;
  signal: Int32Array;
}

const job = workerData as Job;
// The results travel as one JSON string: parsed data is plain JSON (the loader guarantees it: finite numbers,
// no undefined, no cycles), and JSON.parse on the main thread is much faster than structured-clone decoding.
let message: { ok: true; json: string } | { ok: false; error: string };
try {
  const results: ParsedFile[] = job.files.map(parseAndCheck);
  message = { ok: true, json: JSON.stringify(results) };
} catch (e) {
  message = { ok: false, error: e instanceof Error ? e.message : String(e) };
}
job.port.postMessage(message);
Atomics.store(job.signal, 0, 1);
Atomics.notify(job.signal, 0);
job.port.close();
