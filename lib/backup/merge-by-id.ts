import type { ImportMode } from '@/lib/db/import-wins';

export interface Merged<T> {
  value: T[];
  added: number;
  /** Same id, different contents: the backup's replaces the stored one. */
  replaced: number;
  /** Replace only: stored entries the backup does not have. */
  removed: number;
  changes: number;
}

/**
 * A stored list and a backup's list of the same things. Merge keeps stored entries,
 * replaces those with the backup's id and appends the new ones; replace takes the
 * backup's list as it is.
 */
export function mergeById<T>(
  stored: readonly T[],
  incoming: readonly T[],
  idOf: (item: T) => string,
  mode: ImportMode,
): Merged<T> {
  const incomingById = new Map(incoming.map((item) => [idOf(item), item]));
  const storedById = new Map(stored.map((item) => [idOf(item), item]));
  const added = incoming.filter((item) => !storedById.has(idOf(item))).length;
  const replaced = incoming.filter((item) => {
    const before = storedById.get(idOf(item));
    return before !== undefined && JSON.stringify(before) !== JSON.stringify(item);
  }).length;
  const removed = mode === 'replace' ? stored.filter((item) => !incomingById.has(idOf(item))).length : 0;
  const value =
    mode === 'replace'
      ? [...incoming]
      : [
          ...stored.map((item) => incomingById.get(idOf(item)) ?? item),
          ...incoming.filter((item) => !storedById.has(idOf(item))),
        ];
  return { value, added, replaced, removed, changes: added + replaced + removed };
}
