import type { Localized } from '../diagnostics/diagnostic.js';

/** An expected failure caused by the user (missing folder, bad option, unwritable output): message only, exit 2. */
export class InputError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'InputError';
  }
}
