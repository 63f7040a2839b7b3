/**
 * `arch portfolio` below the CLI: discover the repositories, digest each one (in worker threads when there
 * are several and more than one core; in input order whatever the threads), then roll them up.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Catalogues } from '../catalog/catalog.js';
import type { CheckOptions } from '../check/run-rules.js';
import { packagePath } from '../util/paths.js';
import { digestRepository } from './digest.js';
import { discoverPortfolio } from './discover.js';
import { rollUp } from './rollup.js';
import type { PortfolioResult, RepoDigest, RepoSpec } from './types.js';

export interface PortfolioOptions {
  check?: CheckOptions;
  /** Worker threads; default: available cores (at most 4); 0 = all on this thread. */
  jobs?: number;
  previous?: Pick<PortfolioResult, 'repos'>;
  progress?: (done: number, total: number, label: string) => void;
}

function workerScript(): string | undefined {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (fs.existsSync(here)) return here;
  const built = packagePath('dist', 'portfolio', 'worker.js');
  return fs.existsSync(built) ? built : undefined;
}

async function digestAll(specs: readonly RepoSpec[], opts: PortfolioOptions): Promise<RepoDigest[]> {
  const out: RepoDigest[] = new Array(specs.length);
  let done = 0;
  const finish = (i: number, d: RepoDigest) => {
    out[i] = d;
    opts.progress?.(++done, specs.length, specs[i]!.label);
  };
  const script = workerScript();
  const jobs = Math.min(opts.jobs ?? Math.min(4, os.availableParallelism()), specs.length);
  if (jobs <= 1 || !script) {
    specs.forEach((s, i) => finish(i, digestRepository(s, opts.check)));
    return out;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, () => {
      const worker = new Worker(script);
      return new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next >= specs.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          worker.postMessage({ index, spec: specs[index], opts: opts.check ?? {} });
        };
        worker.on('message', (m: { index: number; digest?: RepoDigest; error?: string }) => {
          if (m.error !== undefined || !m.digest) {
            void worker.terminate();
            reject(new Error(`${specs[m.index]!.label}: ${m.error}`));
            return;
          }
          finish(m.index, m.digest);
          send();
        });
        worker.on('error', reject);
        send();
      });
    }),
  );
  return out;
}

export async function runPortfolio(input: string, opts: PortfolioOptions = {}): Promise<PortfolioResult> {
  const found = discoverPortfolio(input);
  const digests = await digestAll(found.repos, opts);
  const result = rollUp(digests, Catalogues.load(), opts.previous);
  result.diagnostics = [...found.diagnostics, ...result.diagnostics];
  return result;
}
