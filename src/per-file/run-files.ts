/**
 * Runs the per-file front (parse + schema verdict) over the files of a repository, on several threads when
 * there are many. The main thread must hold every file's data, and handing parsed data over from a worker
 * (serialising and deserialising it) costs about as much as parsing it again. So the main thread parses every
 * file, while worker threads parse the last files again and only tell which ones the element schema accepts;
 * the main thread asks the schema about the other files. Verdicts are put back in input order, so the output
 * does not depend on the number of threads. The interface stays synchronous: the main thread waits on an
 * Atomics signal and reads each worker's message with receiveMessageOnPort. Small repositories never start a
 * worker (its start-up costs more than it saves). If a worker cannot be started, fails or stalls, the main
 * thread checks its files itself.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { ParsedFile, ParseInput } from '../load/load-repository.js';
import { packagePath } from '../util/paths.js';
import { check, parseAndCheck, parseOnly } from './parse-and-check.js';

export interface ThreadOptions {
  /** Worker threads to use at most; default: available cores − 1 (at most 3). 0 = never. */
  workers?: number;
  /** Below this many characters of YAML in total, everything runs on the main thread. */
  minChars?: number;
}

/** Measured with `npm run bench`: below about this size (~20k elements) the worker saves nothing: the main thread parses everything anyway, and the cold start of the validators costs both threads. */
const DEFAULT_MIN_CHARS = 20_000_000;
/**
 * Share of the characters whose verdicts the workers give. Balanced for two threads: the main thread parses
 * everything and checks the rest while a worker starts, parses and checks its share (checking costs about
 * two thirds of parsing).
 */
const WORKER_SHARE = 0.6;
const WORKER_TIMEOUT_MS = 10 * 60_000;

/** The compiled worker script: beside this module in dist/, or dist/ when running from sources (tests). */
function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (fs.existsSync(here)) return here;
  const built = packagePath('dist', 'per-file', 'worker.js');
  return fs.existsSync(built) ? built : undefined;
}

/** Splits `inputs` at the given fractions of their characters into contiguous index ranges (one more than cuts). */
function slices(inputs: readonly ParseInput[], cuts: readonly number[]): [number, number][] {
  const total = inputs.reduce((n, f) => n + f.text.length, 0);
  const out: [number, number][] = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < inputs.length && out.length < cuts.length; i++) {
    acc += inputs[i]!.text.length;
    if (acc >= total * cuts[out.length]!) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  while (out.length < cuts.length) out.push([start, start]);
  out.push([start, inputs.length]);
  return out;
}

interface Running {
  range: [number, number];
  worker?: Worker;
  port?: MessageChannel['port1'];
  signal?: Int32Array;
}

function start(inputs: readonly ParseInput[], range: [number, number], script: string): Running {
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

/** The worker's verdicts for its range, or undefined when it gave none. */
function verdicts(run: Running): boolean[] | undefined {
  if (!run.worker || !run.port || !run.signal) return undefined;
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  let message: { ok: boolean; verdicts?: unknown } | undefined;
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
  const got = message?.ok ? message.verdicts : undefined;
  return Array.isArray(got) && got.length === run.range[1] - run.range[0] ? (got as boolean[]) : undefined;
}

/** Parses and checks every input; results are in input order whatever the number of threads. */
export function runFiles(inputs: readonly ParseInput[], opts: ThreadOptions = {}): ParsedFile[] {
  const total = inputs.reduce((n, f) => n + f.text.length, 0);
  const maxWorkers = opts.workers ?? Math.min(os.availableParallelism() - 1, 3);
  const script = maxWorkers > 0 && inputs.length > 1 && total >= (opts.minChars ?? DEFAULT_MIN_CHARS) ? workerScript() : undefined;
  if (!script) return inputs.map(parseAndCheck);
  // The main thread's part, then one equal part of the workers' share for each worker.
  const cuts = Array.from({ length: maxWorkers }, (_, i) => 1 - WORKER_SHARE + (WORKER_SHARE * i) / maxWorkers);
  const [mine, ...theirs] = slices(inputs, cuts);
  const running = theirs.filter(([a, b]) => b > a).map((range) => start(inputs, range, script));
  const results = inputs.map(parseOnly);
  for (let i = mine![0]; i < mine![1]; i++) check(results[i]!);
  for (const run of running) {
    const got = verdicts(run);
    for (let i = run.range[0]; i < run.range[1]; i++) {
      if (!got) check(results[i]!);
      else if (got[i - run.range[0]]) results[i]!.schemaValid = true;
    }
  }
  return results;
}
