/**
 * The temp files of atomic writes in progress (see safe-write.ts), in a module of their own without any
 * dependency, so that the CLI's signal handlers can remove them without loading the writer at start-up.
 */
import * as fs from 'node:fs';

const pending = new Set<string>();

export function addPendingWrite(tmp: string): void {
  pending.add(tmp);
}

export function removePendingWrite(tmp: string): void {
  pending.delete(tmp);
}

/** Removes temp files left by writes in progress (called on SIGINT/SIGTERM). */
export function cleanupPendingWrites(): void {
  for (const p of pending) {
    try {
      fs.unlinkSync(p);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
}
