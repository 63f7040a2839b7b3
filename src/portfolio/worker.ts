/**
 * Worker-thread entry of `arch portfolio`: digests the repositories the main thread sends, one message each,
 * and answers with the digest (plain data) or the error. Ends when its port closes.
 */
import { parentPort } from 'node:worker_threads';
import { digestRepository } from './digest.js';
import type { RepoSpec } from './types.js';
import type { CheckOptions } from '../check/run-rules.js';

parentPort!.on('message', (job: { index: number; spec: RepoSpec; opts: CheckOptions }) => {
  try {
    parentPort!.postMessage({ index: job.index, digest: digestRepository(job.spec, job.opts) });
  } catch (e) {
    parentPort!.postMessage({ index: job.index, error: e instanceof Error ? e.message : String(e) });
  }
});
