/**
 * The framework profile ids, in order (oldest first). A module of its own, without the profile data, so that
 * the CLI can offer them as option choices without reading data/profiles.json at start-up.
 */
export const PROFILE_IDS = ['1.0', '2.0', '3.0', '4.0', 'ndaf-2025'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** Profile order, for "this profile or later" checks. */
export function profileRank(id: string): number {
  return (PROFILE_IDS as readonly string[]).indexOf(id);
}
