/**
 * Runs the per-file front (parse + schema verdict, `parseAndCheck`) over the files of a repository, in
 * parallel when there are many: the batch is split by characters into contiguous slices, worker threads take
 * every slice but the first while the main thread does that one, and the results are put back in input order,
 * so the output does not depend on the number of threads.
 * The interface stays synchronous: the main thread waits on an Atomics signal and reads each worker's message
 * with receiveMessageOnPort. Small repositories never start a worker (its start-up and the JSON hand-over cost
 * more than it saves). If a worker cannot be started, fails or stalls, its slice is done on the main thread.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { ParsedFile } from '../load/load-repository.js';
import { packagePath } from '../util/paths.js';
import { parseAndCheck, type FileInput } from './parse-and-check.js';

export interface ThreadOptions {
  /** Worker threads to use at most; default: available cores − 1 (at most 3). 0 = never. */
  workers?: number;
  /** Below this many characters of YAML in total, everything runs on the main thread. */
  minChars?: number;
}

/** Measured with `npm run bench`: below about this size a worker's start-up outweighs what it saves. */
const DEFAULT_MIN_CHARS = 2_000_000;
const WORKER_TIMEOUT_MS = 10 * 60_000;

/** The compiled worker script: beside this module in dist/, or dist/ when running from sources (tests). */
function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (fs.existsSync(here)) return here;
  const built = packagePath('dist', 'per-file', 'worker.js');
  return fs.existsSync(built) ? built : undefined;
}

/** Splits `inputs` into `parts` contiguous slices of about equal size in characters. */
function slices(inputs: readonly FileInput[], parts: number): [number, number][] {
  const total = inputs.reduce((n, f) => n + f.text.length, 0);
  const out: [number, number][] = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < inputs.length && out.length < parts - 1; i++) {
    acc += inputs[i]!.text.length;
    if (acc >= (total * (out.length + 1)) / parts) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  out.push([start, inputs.length]);
  return out.filter(([a, b]) => b > a);
}

interface Running {
  range: [number, number];
  worker?: Worker;
  port?: MessageChannel['port1'];
  signal?: Int32Array;
}

function start(inputs: readonly FileInput[], range: [number, number], script: string): Running {
  try {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(script, {
      workerData: { files: inputs.slice(range[0], range[1]), port: port2, signal },
      transferList: [port2],
      stdout: false,
      stderr: false,
    });
    worker.unref();
    worker.on('error', () => undefined);
    return { range, worker, port: port1, signal };
  } catch {
    return { range };
  }
}

function finish(run: Running, inputs: readonly FileInput[]): ParsedFile[] {
  const serial = () => inputs.slice(run.range[0], run.range[1]).map(parseAndCheck);
  if (!run.worker || !run.port || !run.signal) return serial();
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  let message: { ok: boolean; json?: string } | undefined;
  while (!message) {
    const got = receiveMessageOnPort(run.port);
    if (got) {
      message = got.message as typeof message;
      break;
    }
    if (Date.now() > deadline) break;
    Atomics.wait(run.signal, 0, 0, 1000);
  }
  run.port.close();
  void run.worker.terminate();
  const expected = run.range[1] - run.range[0];
  if (!message?.ok || typeof message.json !== 'string') return serial();
  const results = JSON.parse(message.json) as ParsedFile[];
  return Array.isArray(results) && results.length === expected ? results : serial();
}

/** Parses and checks every input; results are in input order whatever the number of threads. */
export function runFiles(inputs: readonly FileInput[], opts: ThreadOptions = {}): ParsedFile[] {
  const total = inputs.reduce((n, f) => n + f.text.length, 0);
  const maxWorkers = opts.workers ?? Math.min(os.availableParallelism() - 1, 3);
  const script = maxWorkers > 0 && inputs.length > 1 && total >= (opts.minChars ?? DEFAULT_MIN_CHARS) ? workerScript() : undefined;
  if (!script) return inputs.map(parseAndCheck);
  const [mine, ...theirs] = slices(inputs, maxWorkers + 1);
  const running = theirs.map((range) => start(inputs, range, script));
  const results = inputs.slice(mine![0], mine![1]).map(parseAndCheck);
  for (const run of running) results.push(...finish(run, inputs));
  return results;
}
