/**
 * Worker-thread entry of the per-file front (see run-files.ts): parses a batch of files and asks the element
 * schema whether it accepts each one, then posts the verdicts (not the data: the main thread parses every file
 * itself) in input order on the given port and wakes the main thread, which waits synchronously.
 * Any failure is posted as such, so the main thread never waits in vain.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { ParseInput } from '../load/load-repository.js';
import { parseAndCheck } from './parse-and-check.js';

interface Job {
  files: ParseInput[];
  port: MessagePort;
  signal: Int32Array;
}

const job = workerData as Job;
let message: { ok: true; verdicts: boolean[] } | { ok: false; error: string };
try {
  message = { ok: true, verdicts: job.files.map((f) => parseAndCheck(f).schemaValid === true) };
} catch (e) {
  message = { ok: false, error: e instanceof Error ? e.message : String(e) };
}
job.port.postMessage(message);
Atomics.store(job.signal, 0, 1);
Atomics.notify(job.signal, 0);
job.port.close();
