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

export type StorageKey = `${'local' | 'sync'}:${string}`;

export const PREFERENCES_KEY: StorageKey = `${syncOrLocal()}:preferences`;
export const CUSTOM_SITES_KEY: StorageKey = 'local:customSites';
/** Local: the welcome page was opened on this browser, and what an upgrade found here. */
export const FIRST_RUN_KEY: StorageKey = 'local:firstRun';
/**
 * The organisation's settings as the background last validated them from the browser's
 * managed area (lib/policy). Local: it describes this browser's policy, and it is never part
 * of the agent's backup, so removing the policy leaves nothing of it behind.
 */
export const ORGANISATION_POLICY_KEY: StorageKey = 'local:organisationPolicy';
/** What the agent chose against the organisation's suggestions; it follows their preferences. */
export const AGENT_CHOICES_KEY: StorageKey = `${syncOrLocal()}:agentChoices`;
/** The agent's "Show Heartdesk this page" recipes, per site origin (lib/storage/page-recipes.ts). */
export const PAGE_RECIPES_KEY: StorageKey = 'local:pageRecipes';

/**
 * The raw stored value under a key, as WXT's storage items keep it (area prefix, then the
 * name). For the detector, which reads a few values on every helpdesk page and should not
 * carry WXT's storage module (about 3 KB gzip) to do it.
 */
export async function readStoredValue(key: StorageKey): Promise<unknown> {
  const [area, name] = key.split(':') as ['local' | 'sync', string];
  return (await browser.storage[area].get(name))[name];
}
