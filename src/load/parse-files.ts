/**
 * Parses the files of a repository, in parallel when there are many: the batch is split by bytes into
 * contiguous slices, worker threads parse all slices but the first while the main thread parses that one,
 * and the results are put back in input order, so the output does not depend on the number of threads.
 * The interface stays synchronous: the main thread waits on an Atomics signal and reads each worker's
 * message with receiveMessageOnPort. Small repositories never start a worker (start-up costs ~50 ms), nor
 * does a busy machine (no idle core: the load average is at least the number of cores).
 * If a worker cannot be started, fails or stalls, its slice is parsed on the main thread instead.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { packagePath } from '../util/paths.js';
import { parseYaml } from './fast-parse.js';
import type { ParsedYaml } from './yaml-safe.js';

export interface ParseInput {
  rel: string;
  text: string;
}

export interface ParallelOptions {
  /** Worker threads to use at most; default: available cores − 1 (at most 3). 0 = never. */
  workers?: number;
  /** Below this many characters of YAML in total, parse on the main thread. Default 32 M. */
  minChars?: number;
}

/**
 * Measured (BENCHMARKS.md): the fast reader parses ~40 MB/s, so a worker pays off only on large inputs —
 * its start-up, JSON.stringify in the worker and JSON.parse on the main thread cost about half of what it
 * saves — and only when a core is idle: on a busy machine it made loading slower.
 */
const DEFAULT_MIN_CHARS = 32_000_000;
const WORKER_TIMEOUT_MS = 10 * 60_000;

/** The compiled worker script: beside this module in dist/, or dist/ when running from sources (tests). */
function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./parse-worker.js', import.meta.url));
  if (fs.existsSync(here)) return here;
  const built = packagePath('dist', 'load', 'parse-worker.js');
  return fs.existsSync(built) ? built : undefined;
}

/** Splits `inputs` into `parts` contiguous slices of about equal size in characters. */
function slices(inputs: readonly ParseInput[], parts: number): [number, number][] {
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

function finish(run: Running, inputs: readonly ParseInput[]): ParsedYaml[] {
  const serial = () => inputs.slice(run.range[0], run.range[1]).map((f) => parseYaml(f.rel, f.text));
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
  const results = JSON.parse(message.json) as ParsedYaml[];
  return Array.isArray(results) && results.length === expected ? results : serial();
}

/** Parses every input; results are in input order whatever the number of threads. */
export function parseFiles(inputs: readonly ParseInput[], opts: ParallelOptions = {}): ParsedYaml[] {
  const total = inputs.reduce((n, f) => n + f.text.length, 0);
  const idleCores = Math.floor(os.availableParallelism() - (os.loadavg()[0] ?? 0));
  const maxWorkers = opts.workers ?? Math.min(Math.max(idleCores - 1, 0), 3);
  const script = maxWorkers > 0 && inputs.length > 1 && total >= (opts.minChars ?? DEFAULT_MIN_CHARS) ? workerScript() : undefined;
  if (!script) return inputs.map((f) => parseYaml(f.rel, f.text));
  const [mine, ...theirs] = slices(inputs, maxWorkers + 1);
  const running = theirs.map((range) => start(inputs, range, script));
  const results = inputs.slice(mine![0], mine![1]).map((f) => parseYaml(f.rel, f.text));
  for (const run of running) results.push(...finish(run, inputs));
  return results;
}
