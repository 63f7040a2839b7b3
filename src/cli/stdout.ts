/**
 * Standard output as a checked channel: a write that fails (a full disk, a device error) makes the
 * command exit 2 with one line on stderr; EPIPE from a reader that went away (`arch … | head`) stays quiet.
 * A descriptor closed before start (`arch … >&-`) cannot be told apart: Node puts /dev/null in its place,
 * opened exactly as a parent process that discards the output (`stdio: 'ignore'`, systemd) opens it.
 */
export interface CheckedStdout {
  write: (s: string) => void;
  /** Resolves once everything written has been flushed: undefined, or the error of the first failed write. */
  settle: () => Promise<NodeJS.ErrnoException | undefined>;
}

export function checkedStdout(stream: NodeJS.WriteStream): CheckedStdout {
  let failure: NodeJS.ErrnoException | undefined;
  let pipeClosed = false;
  const note = (e: NodeJS.ErrnoException | null | undefined) => {
    if (!e) return;
    if (e.code === 'EPIPE') pipeClosed = true;
    else failure ??= e;
  };
  stream.on('error', note);
  return {
    write: (s) => {
      if (!pipeClosed && s.length > 0) stream.write(s, note);
    },
    settle: () => new Promise((resolve) => (pipeClosed ? resolve(failure) : stream.write('', (e) => (note(e), resolve(failure))))),
  };
}
