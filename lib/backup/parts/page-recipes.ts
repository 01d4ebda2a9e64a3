import { storage } from 'wxt/utils/storage';
import { t } from '@/lib/i18n';
import { refuse } from '@/lib/journal/backup-refusal';
import { isOrigin, parsePageRecipe, parsePageRecipes, type StoredPageRecipe } from '@/lib/storage/page-recipes';
import { PAGE_RECIPES_KEY } from '@/lib/storage/storage-keys';
import type { StoragePart } from '@/lib/backup/storage-part';
import { mergeById } from '@/lib/backup/merge-by-id';
import { describeChanges } from '@/lib/backup/describe-changes';

type Recipes = Record<string, StoredPageRecipe>;
type Entry = [origin: string, recipe: StoredPageRecipe];

const label = () => t('backup_part_pageRecipes');

/** The item's own version (WXT's `$` meta): recipes have had one shape so far. */
async function storedVersion(): Promise<number> {
  const meta = (await storage.getMeta(PAGE_RECIPES_KEY)) as { v?: unknown };
  return Number.isInteger(meta?.v) && (meta.v as number) >= 1 ? (meta.v as number) : 1;
}

/**
 * Where the agent pointed once ("this is the customer's message", "this is where I
 * reply"), one recipe per site (lib/storage/page-recipes.ts). Checked with the same
 * rules the sidebar reads them by; a recipe those rules would drop refuses the file,
 * so the preview never promises a recipe that would then be ignored. Merged by site.
 */
export const pageRecipesPart: StoragePart<Recipes> = {
  id: 'pageRecipes',
  key: PAGE_RECIPES_KEY,
  version: storedVersion,
  label,
  read: async () => parsePageRecipes(await storage.getItem(PAGE_RECIPES_KEY)),
  parse(data) {
    if (data === null || data === undefined) return { ok: true, value: {} };
    if (typeof data !== 'object' || Array.isArray(data))
      return refuse('bad-part', label(), t('backup_problem_notSettings'));
    const broken = Object.entries(data).find(([origin, recipe]) => !isOrigin(origin) || !parsePageRecipe(recipe));
    if (broken) return refuse('bad-part', label(), t('backup_problem_recipe', broken[0]));
    return { ok: true, value: parsePageRecipes(data) };
  },
  combine(incoming, stored, mode) {
    const merged = mergeById<Entry>(
      Object.entries(parsePageRecipes(stored)),
      Object.entries(incoming),
      ([origin]) => origin,
      mode,
    );
    if (merged.changes === 0) return { write: false, summary: t('backup_listSame', label()) };
    return { write: true, value: Object.fromEntries(merged.value), summary: describeChanges(label(), merged) };
  },
};
