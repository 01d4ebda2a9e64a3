interface TabsApi {
  query(filter: { url: string[] }): Promise<Array<{ id?: number }>>;
}

/**
 * A registered script only reaches pages loaded afterwards. Tabs of a helpdesk
 * that were already open when the agent allowed it get the detector now, so
 * "Use Heartdesk on this site" works without a reload. The grant itself lets the
 * background see those tabs' addresses (no `tabs` permission). A tab that
 * cannot take it (closed meanwhile, an error page) is skipped.
 */
export async function injectIntoOpenTabs(
  scripts: ReadonlyArray<{ matches: string[] }>,
  tabs: TabsApi,
  injectDetector: (tabId: number) => Promise<unknown>,
): Promise<number> {
  const ids = new Set<number>();
  for (const script of scripts) {
    const open = await tabs.query({ url: script.matches }).catch(() => []);
    for (const tab of open) if (tab.id !== undefined) ids.add(tab.id);
  }
  const results = await Promise.allSettled([...ids].map((tabId) => injectDetector(tabId)));
  return results.filter((result) => result.status === 'fulfilled').length;
}
