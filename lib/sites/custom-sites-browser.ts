import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { parseCustomSites, type CustomSite, type CustomSitesEnv } from '@/lib/sites/custom-sites';
import { loadAgentChoices } from '@/lib/storage/agent-choices';
import { activeItems, loadOrganisationPolicy } from '@/lib/storage/organisation-policy';
import { CUSTOM_SITES_KEY } from '@/lib/storage/storage-keys';

/** Local, not sync: a permission granted on this browser says nothing about another one. */
export const customSitesItem = storage.defineItem<unknown>(CUSTOM_SITES_KEY, { fallback: [], version: 1 });

export async function loadCustomSites(): Promise<CustomSite[]> {
  return parseCustomSites(await customSitesItem.getValue());
}

/** The real browser behind the custom-site logic (extension pages and background only). */
export function browserCustomSitesEnv(): CustomSitesEnv {
  return {
    permissions: browser.permissions,
    load: loadCustomSites,
    save: (sites) => customSitesItem.setValue(sites),
    now: () => Date.now(),
  };
}

/** The organisation's sites that apply now: locked ones, and unlocked ones the agent kept. */
export async function loadManagedOrigins(): Promise<string[]> {
  const [policy, choices] = await Promise.all([loadOrganisationPolicy(), loadAgentChoices()]);
  return activeItems(policy.settings.sites, choices.declined.sites, (origin) => origin);
}
