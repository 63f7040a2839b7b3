/**
 * `--watch` for validate, check and build: run once, then again after every change to a YAML file below the
 * repository (debounced), clearing the screen first on a terminal, and keep watching after errors. Runs until
 * the process is interrupted (Ctrl-C exits 130, as every command does) or `signal` aborts (tests).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../util/errors.js';
import { defaultLang, type CliIO } from './io.js';

export interface WatchOptions {
  debounceMs?: number;
  /** Folders (relative to the working folder) whose changes are ignored: the build's output folder. */
  ignore?: readonly string[];
  signal?: AbortSignal;
}

const CLEAR = '\u001b[2J\u001b[3J\u001b[H';
const WATCHED = /\.ya?ml$/i;

export async function watch(io: CliIO, dir: string, once: () => number | Promise<number>, opts: WatchOptions = {}): Promise<number> {
  const lang = defaultLang(io.env);
  const root = path.resolve(io.cwd, dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new InputError({ vi: `Không tìm thấy thư mục ${root}`, en: `No such folder: ${root}` });
  const ignore = (opts.ignore ?? []).map((d) => path.relative(root, path.resolve(io.cwd, d))).filter((r) => r && !r.startsWith('..'));
  let last = 0;
  const runOnce = async () => {
    if (io.stdoutIsTTY) io.stdout(CLEAR);
    else if (io.stderrIsTTY) io.stderr(CLEAR);
    try {
      last = await once();
    } catch (e) {
      // A user error (bad manifest, unwritable output) is shown and the watch goes on; so does an internal one.
      last = 2;
      io.stderr(`arch: ${e instanceof InputError ? e.localized[lang] : `internal error: ${(e as Error)?.message ?? String(e)}`}\n`);
    }
    io.stderr(lang === 'vi' ? '— đang theo dõi thay đổi (Ctrl-C để dừng)\n' : '— watching for changes (Ctrl-C to stop)\n');
  };
  // The watcher is in place before the first run, so that an edit made while it runs is not missed.
  return new Promise<number>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> | undefined;
    let again = false;
    const fire = () => {
      timer = undefined;
      if (running) {
        again = true;
        return;
      }
      running = runOnce().finally(() => {
        running = undefined;
        if (again) {
          again = false;
          fire();
        }
      });
    };
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(root, { recursive: true }, (_event, file) => {
        const rel = String(file ?? '');
        if (!WATCHED.test(rel) || rel.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules')) return;
        if (ignore.some((d) => rel === d || rel.startsWith(`${d}/`))) return;
        clearTimeout(timer);
        timer = setTimeout(fire, opts.debounceMs ?? 200);
      });
    } catch (e) {
      reject(new InputError({ vi: `Không theo dõi được ${root}: ${(e as Error).message}`, en: `Cannot watch ${root}: ${(e as Error).message}` }));
      return;
    }
    fire();
    watcher.on('error', (e) => {
      watcher.close();
      reject(new InputError({ vi: `Ngừng theo dõi ${root}: ${e.message}`, en: `Stopped watching ${root}: ${e.message}` }));
    });
    opts.signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      watcher.close();
      resolve(last);
    });
  });
}
