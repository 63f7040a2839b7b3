/**
 * Worker thread of `arch diff`: checks one version while the main thread checks the other, and sends back
 * what a comparison needs (model, graph, findings) as plain data. The temporary folder of a git version is
 * announced first, so that the main thread removes it if the run is interrupted.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../util/errors.js';
import { loadVersion, shareable, type LoadVersionRequest } from './versions.js';

const req = workerData as LoadVersionRequest;
try {
  const v = loadVersion(req.side, req.spec, req.repoDir, req.cwd, req.check, (dir) => parentPort!.postMessage({ temp: dir }));
  parentPort!.postMessage({ version: shareable(v) });
} catch (e) {
  parentPort!.postMessage(e instanceof InputError ? { inputError: e.localized } : { error: String((e as Error)?.stack ?? e) });
}
