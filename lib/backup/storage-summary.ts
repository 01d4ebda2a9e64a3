import { storage } from 'wxt/utils/storage';
import { journalDb, type JournalDatabase } from '@/lib/db/database';
import { customPacksItem } from '@/lib/storage/custom-packs';
import { preferencesItem, sidebarStateItem } from '@/lib/storage/settings';

/** What the Privacy panel lists: counts and sizes only, never contents. */
export interface StorageSummary {
  wins: number;
  customPacks: number;
  preferencesBytes: number;
  customPacksBytes: number;
  sitesWithLayout: number;
}

/** Nothing stored yet counts as 0 bytes, not as the size of the defaults shown in its place. */
const bytesOf = (value: unknown) => (value == null ? 0 : new TextEncoder().encode(JSON.stringify(value)).length);

export async function storageSummary(db: JournalDatabase = journalDb()): Promise<StorageSummary> {
  const [wins, preferences, packs, layouts] = await Promise.all([
    db.wins.count(),
    storage.getItem(preferencesItem.key),
    storage.getItem(customPacksItem.key),
    storage.getItem(sidebarStateItem.key),
  ]);
  return {
    wins,
    customPacks: Array.isArray(packs) ? packs.length : 0,
    preferencesBytes: bytesOf(preferences),
    customPacksBytes: bytesOf(packs),
    sitesWithLayout: layouts && typeof layouts === 'object' ? Object.keys(layouts).length : 0,
  };
}
