import { browser } from 'wxt/browser';

/**
 * Where each stored setting lives, named once. The detector reads some of them raw (it runs
 * on every helpdesk page and must not carry the schemas); the settings modules define their
 * items on the same keys, so both always read the same place.
 */

/**
 * sync where the browser has it (Firefox without an account keeps sync data on the machine
 * by itself); local where the area is missing altogether, so the settings still save
 * instead of throwing on every write.
 */
export function syncOrLocal(): 'sync' | 'local' {
  return browser.storage?.sync ? 'sync' : 'local';
}

export const PREFERENCES_KEY = `${syncOrLocal()}:preferences` as const;
export const CUSTOM_SITES_KEY = 'local:customSites';
/** The agent's "Show Heartdesk this page" recipes, per site origin (lib/storage/page-recipes.ts). */
export const PAGE_RECIPES_KEY = 'local:pageRecipes';
