import type { StorageItemKey } from 'wxt/utils/storage';
import type { ImportMode } from '@/lib/db/import-wins';
import type { Refused } from '@/lib/journal/backup-refusal';

/**
 * One part of the backup kept in extension storage (settings, prompt sets, sites,
 * page recipes…). A new kind of data joins the backup by adding one such part to
 * lib/backup/backup-parts.ts: it is then written by every backup, restored by the
 * import, and older files that lack it restore the rest and say so.
 */
export interface StoragePart<T> {
  /** Its name in the file: permanent, like every saved id. */
  id: string;
  /** The storage key (`local:…`, `sync:…`) it is read from and restored to. */
  key: StorageItemKey;
  /** The version of its data written now; older ones are migrated on the way in. */
  version: () => Promise<number> | number;
  /** The part's name as the preview says it ("Prompt sets"). */
  label: () => string;
  /** The agent's data as it goes into a backup. */
  read: () => Promise<T>;
  /** The file's data, written at `fromVersion`, as this version's data, or why not. */
  parse: (data: unknown, fromVersion: number) => { ok: true; value: T } | Refused;
  /** What to store, given what is stored now (undefined: nothing), and one sentence for the preview. */
  combine: (incoming: T, stored: unknown, mode: ImportMode) => PartOutcome<T> | Refused;
}

export type PartOutcome<T> = { write: true; value: T; summary: string } | { write: false; summary: string };

/**
 * A storage item's version is its highest migration (WXT numbers them by the
 * version they produce), so the backup follows the item without a second number to bump.
 */
export function itemVersion(migrations: Record<number, unknown>): number {
  return Math.max(1, ...Object.keys(migrations).map(Number));
}

/** Runs an item's migrations from `fromVersion` up to `toVersion`, as WXT does on read. */
export function migrate(
  data: unknown,
  fromVersion: number,
  toVersion: number,
  migrations: Record<number, (previous: unknown) => unknown>,
): unknown {
  let value = data;
  for (let version = fromVersion + 1; version <= toVersion; version += 1) {
    const step = migrations[version];
    if (step) value = step(value);
  }
  return value;
}
