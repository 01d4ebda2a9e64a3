import { browser } from 'wxt/browser';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { loadCustomSites } from '@/lib/sites/custom-sites-browser';
import { scriptRegistryFor, type RegistryHost } from '@/lib/sites/script-registry';
import type { SiteScriptsEnv } from '@/lib/sites/site-scripts';
import { loadPreferences } from '@/lib/storage/settings';

export interface SiteListSources {
  /**
   * Sites an organisation manages (team policy, later): whole origins, registered
   * through the same plan as the agent's own, so one origin never gets two scripts.
   */
  managedOrigins?: () => Promise<string[]>;
}

/** The background's view of everything Heartdesk may run on, read fresh on each sync. */
export function browserSiteScriptsEnv(lists: SiteListSources = {}): SiteScriptsEnv {
  return {
    registry: scriptRegistryFor(browser as unknown as RegistryHost),
    async sources() {
      const [all, preferences, sites, managed] = await Promise.all([
        browser.permissions.getAll(),
        loadPreferences(),
        loadCustomSites(),
        lists.managedOrigins?.() ?? Promise.resolve([]),
      ]);
      return {
        granted: all.origins ?? [],
        helpdesks: activeAdapters.filter((adapter) => !preferences.disabledHelpdesks.includes(adapter.id)),
        sites: [...sites.map((site) => site.origin), ...managed],
      };
    },
  };
}
