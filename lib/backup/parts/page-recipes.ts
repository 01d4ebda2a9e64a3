import { storage } from 'wxt/utils/storage';
import { t } from '@/lib/i18n';
import { refuse } from '@/lib/journal/backup-refusal';
import type { StoragePart } from '@/lib/backup/storage-part';

/**
 * Where the agent pointed once ("this is the customer's message", "this is where I
 * reply"), per site. The item belongs to lib/storage (the real-helpdesks work); until
 * its schema lands here the part carries the stored value as it is, with the item's
 * own version (WXT's `$` meta), and the owner's migrations and repair-on-read judge
 * it after a restore. When that item exists, import its key and checks instead.
 */
export const PAGE_RECIPES_KEY = 'local:pageRecipes';

/** Recipes are selectors per site: far below this even for hundreds of sites. */
const MAX_RECIPES_BYTES = 2 * 1024 * 1024;

const label = () => t('backup_part_pageRecipes');

async function storedVersion(): Promise<number> {
  const meta = (await storage.getMeta(PAGE_RECIPES_KEY)) as { v?: unknown };
  return Number.isInteger(meta?.v) && (meta.v as number) >= 1 ? (meta.v as number) : 1;
}

export const pageRecipesPart: StoragePart<unknown> = {
  id: 'pageRecipes',
  key: PAGE_RECIPES_KEY,
  version: storedVersion,
  label,
  read: async () => (await storage.getItem(PAGE_RECIPES_KEY)) ?? null,
  parse(data) {
    if (JSON.stringify(data).length > MAX_RECIPES_BYTES) return refuse('bad-part', label(), t('backup_problem_tooBig'));
    return { ok: true, value: data };
  },
  combine(incoming, stored, mode) {
    const same = JSON.stringify(incoming ?? null) === JSON.stringify(stored ?? null);
    if (same) return { write: false, summary: t('backup_listSame', label()) };
    if (incoming === null) {
      return mode === 'replace'
        ? { write: true, value: null, summary: t('backup_recipesRemoved') }
        : { write: false, summary: t('backup_listSame', label()) };
    }
    if (mode === 'merge' && stored != null) return { write: false, summary: t('backup_recipesKept') };
    return { write: true, value: incoming, summary: t('backup_recipesTaken') };
  },
};
