/**
 * Temp files, staging folders and locks of writes in progress (see safe-write.ts and publish-folder.ts), in
 * a module of their own without any dependency, so that the CLI's signal handlers can remove them without
 * loading the writers at start-up.
 */
import * as fs from 'node:fs';

const pending = new Set<string>();

export function addPendingPath(p: string): void {
  pending.add(p);
}

export function removePendingPath(p: string): void {
  pending.delete(p);
}

/** Removes what writes in progress left (called on SIGINT/SIGTERM and on a crash). */
export function cleanupPendingWrites(): void {
  for (const p of pending) {
    try {
      fs.rmSync(p, { recursive: true, force: true });
    } catch {
      /* already gone */
    }
  }
  pending.clear();
}
