import { refreshCustomSiteAccess, type CustomSitesEnv } from '@/lib/sites/custom-sites';
import { syncSiteScripts, type PlannedScript, type SiteScriptsEnv, type SyncOutcome } from '@/lib/sites/site-scripts';

export interface SiteSyncDeps {
  scripts: SiteScriptsEnv;
  customSites: Pick<CustomSitesEnv, 'permissions' | 'load' | 'save'>;
  /** Tabs already open where a detector was just registered. */
  reachOpenTabs(added: PlannedScript[]): Promise<unknown>;
  report(error: unknown): void;
}

/**
 * One sync at a time, in the order asked: grants, revokes and list changes can
 * arrive together (a grant also rewrites the list), and two syncs running side
 * by side would both register the same new script.
 */
export function createSiteSync(deps: SiteSyncDeps): () => Promise<SyncOutcome | undefined> {
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const run = queue.then(async () => {
      await refreshCustomSiteAccess(deps.customSites);
      const outcome = await syncSiteScripts(deps.scripts);
      for (const failure of outcome.failed) deps.report(new Error(`${failure.id}: ${failure.error}`));
      if (outcome.added.length > 0) await deps.reachOpenTabs(outcome.added);
      return outcome;
    });
    queue = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      deps.report(error);
      return undefined;
    });
  };
}
