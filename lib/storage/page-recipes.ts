import { storage } from 'wxt/utils/storage';
import { PAGE_RECIPES_KEY } from '@/lib/storage/storage-keys';
import { createWriteQueue } from '@/lib/storage/write-queue';

/**
 * "Show Heartdesk this page" recipes, one per site origin: selectors the agent
 * made by pointing once at the customer's message and the reply box (built in
 * lib/dom/page-recipe.ts from structure and roles, never text or ticket ids).
 * Extension storage only: nothing of it reaches the helpdesk's page. Local, not
 * sync: a recipe describes one install of a helpdesk. Settings backups include
 * `pageRecipesItem`, read through `parsePageRecipes`.
 *
 * Validated by hand rather than with zod: the sidebar reads it inside the
 * helpdesk's page, where bundling zod would cost tens of KB (as preference-fields.ts).
 */

export interface StoredPageRecipe {
  message?: string;
  composer?: string;
  composerFrame?: boolean;
  savedAt: number;
}

export const MAX_RECIPE_SELECTOR_LENGTH = 600;
export const MAX_RECIPE_SITES = 100;

export const pageRecipesItem = storage.defineItem<Record<string, StoredPageRecipe>>(PAGE_RECIPES_KEY, {
  fallback: {},
  version: 1,
});

const isSelector = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_RECIPE_SELECTOR_LENGTH;

export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** One recipe as stored, or null when it is malformed or names nothing. */
export function parsePageRecipe(value: unknown): StoredPageRecipe | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { message, composer, composerFrame, savedAt, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (message !== undefined && !isSelector(message)) return null;
  if (composer !== undefined && !isSelector(composer)) return null;
  if (composerFrame !== undefined && (typeof composerFrame !== 'boolean' || composer === undefined)) return null;
  if (typeof savedAt !== 'number' || !Number.isInteger(savedAt) || savedAt < 0) return null;
  if (message === undefined && composer === undefined) return null;
  return {
    ...(message === undefined ? {} : { message }),
    ...(composer === undefined ? {} : { composer }),
    ...(composerFrame === undefined ? {} : { composerFrame }),
    savedAt,
  };
}

/** Whatever is stored, only valid recipes of valid origins come back (a bad write never breaks a page). */
export function parsePageRecipes(stored: unknown): Record<string, StoredPageRecipe> {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const entries = Object.entries(stored as Record<string, unknown>).flatMap(([origin, value]) => {
    const recipe = isOrigin(origin) ? parsePageRecipe(value) : null;
    return recipe ? [[origin, recipe] as const] : [];
  });
  return Object.fromEntries(entries.sort(([, a], [, b]) => b.savedAt - a.savedAt).slice(0, MAX_RECIPE_SITES));
}

export async function loadPageRecipe(origin: string): Promise<StoredPageRecipe | null> {
  return parsePageRecipes(await pageRecipesItem.getValue())[origin] ?? null;
}

const writes = createWriteQueue();

export function savePageRecipe(origin: string, recipe: Omit<StoredPageRecipe, 'savedAt'>, now = Date.now()) {
  const stored = parsePageRecipe({ ...recipe, savedAt: now });
  if (!isOrigin(origin) || !stored) return Promise.reject(new Error('Nothing to remember for this page.'));
  return writes(async () => {
    const all = parsePageRecipes(await pageRecipesItem.getValue());
    await pageRecipesItem.setValue(parsePageRecipes({ ...all, [origin]: stored }));
  });
}

export function forgetPageRecipe(origin: string) {
  return writes(async () => {
    const { [origin]: _forgotten, ...rest } = parsePageRecipes(await pageRecipesItem.getValue());
    await pageRecipesItem.setValue(rest);
  });
}
