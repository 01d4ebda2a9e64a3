import { WINS_PART_VERSION } from '@/lib/journal/backup-format';
import { NUDGE_STATS_PART_VERSION } from '@/lib/journal/nudge-stats-part';
import type { StoragePart } from '@/lib/backup/storage-part';
import { customPacksPart } from '@/lib/backup/parts/custom-packs';
import { customSitesPart } from '@/lib/backup/parts/custom-sites';
import { pageRecipesPart } from '@/lib/backup/parts/page-recipes';
import { reminderPart } from '@/lib/backup/parts/reminder';
import { settingsPart } from '@/lib/backup/parts/settings';

/**
 * Everything the agent made, as parts of one backup. The journal's own tables
 * (wins, nudge counters) are written in one IndexedDB transaction; the parts
 * below live in extension storage. Order is the order of the file and the preview.
 * A new kind of data joins here, and its test joins tests/backup/parts.test.ts.
 */
export const STORAGE_PARTS: ReadonlyArray<StoragePart<unknown>> = [
  settingsPart as StoragePart<unknown>,
  customPacksPart as StoragePart<unknown>,
  customSitesPart as StoragePart<unknown>,
  pageRecipesPart as StoragePart<unknown>,
  reminderPart as StoragePart<unknown>,
];

export const JOURNAL_PARTS = { wins: WINS_PART_VERSION, nudgeStats: NUDGE_STATS_PART_VERSION } as const;

/** Each part this build restores, with the newest version of it that it reads. */
export async function knownPartVersions(): Promise<Map<string, number>> {
  const known = new Map<string, number>(Object.entries(JOURNAL_PARTS));
  for (const part of STORAGE_PARTS) known.set(part.id, await part.version());
  return known;
}
