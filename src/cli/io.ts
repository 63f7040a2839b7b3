/** The CLI's view of the outside world, passed in so commands can run in-process in tests. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The process streams, for commands that speak a protocol over stdio (`arch lsp`); absent in-process. */
  stdin?: NodeJS.ReadableStream;
  stdoutStream?: NodeJS.WritableStream;
}

export type Lang = 'vi' | 'en';

export function defaultLang(env: CliIO['env']): Lang {
  const pick = env.ARCH_LANG ?? '';
  if (pick === 'vi' || pick === 'en') return pick;
  return /^vi/i.test(env.LC_ALL ?? env.LANG ?? '') ? 'vi' : 'en';
}

/** Colour only on a TTY, never with NO_COLOR or TERM=dumb; FORCE_COLOR forces it. */
export function useColor(io: CliIO, tty: boolean): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return tty && io.env.TERM !== 'dumb';
}
