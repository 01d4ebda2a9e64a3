import { journalDb, type JournalDatabase } from '../db/database';
import { customPacksItem } from './custom-packs';
import { preferencesItem, sidebarStateItem } from './settings';

/** What the Privacy panel lists: counts and sizes only, never contents. */
export interface StorageSummary {
  wins: number;
  customPacks: number;
  preferencesBytes: number;
  customPacksBytes: number;
  sitesWithLayout: number;
}

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value ?? null)).length;

export async function storageSummary(db: JournalDatabase = journalDb()): Promise<StorageSummary> {
  const [wins, preferences, packs, layouts] = await Promise.all([
    db.wins.count(),
    preferencesItem.getValue(),
    customPacksItem.getValue(),
    sidebarStateItem.getValue(),
  ]);
  return {
    wins,
    customPacks: Array.isArray(packs) ? packs.length : 0,
    preferencesBytes: bytesOf(preferences),
    customPacksBytes: bytesOf(packs),
    sitesWithLayout: layouts && typeof layouts === 'object' ? Object.keys(layouts).length : 0,
  };
}
