/**
 * Signal handling, installed by bin/arch.js before anything else is loaded so that a signal at any moment
 * ends arch with 130 (SIGINT) or 143 (SIGTERM) after removing the temp files, staging folders and locks of
 * writes in progress — never by the signal itself.
 */
import { cleanupPendingWrites } from '../util/pending-writes.js';

export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export function installSignalHandlers(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      cleanupPendingWrites();
      process.exit(code);
    });
  }
}
