import type { Localized } from '../diagnostics/diagnostic.js';
import { readDataFile } from './catalog.js';

export { PROFILE_IDS, profileRank, type ProfileId } from './profile-ids.js';

/** A national framework generation (data/profiles.json): its layers, required contents and outline. */
export interface Profile {
  id: string;
  title: Localized;
  instrument: { number: string; date: string; issuer?: string; source?: string; verified?: boolean };
  validFrom?: string;
  validUntil?: string;
  /** Why a framework has no end date though a later one exists (its instrument was not repealed), or how its end date is known; with the source. */
  validUntilNote?: { vi: string; en: string; source: string; verified: boolean };
  layers: { id: string; name: Localized }[];
  requiredContents: { id: string; name: Localized; clause?: Localized }[];
  componentArchitectures: { id: string; name: Localized; referenceModel?: string }[];
  outline: string;
  [field: string]: unknown;
}

let cache: Profile[] | undefined;

export function profiles(): Profile[] {
  cache ??= ((readDataFile('profiles.json') as { profiles: Profile[] }).profiles ?? []).slice();
  return cache;
}

export function getProfile(id: string): Profile | undefined {
  return profiles().find((p) => p.id === id);
}
