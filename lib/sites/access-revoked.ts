/**
 * A revoked grant stops the detector's registration, so the next page load of that
 * site gets nothing. A tab already open would keep its sidebar and go on reading
 * (in-app navigation never reloads), so the background also tells the tabs it can
 * no longer reach to stop now. Sent by the background only: page scripts cannot
 * message a content script.
 */
export const ACCESS_REVOKED = 'background→detector:access-revoked';

export function isAccessRevoked(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === ACCESS_REVOKED;
}

/**
 * The tabs that ran the detector (from the health map) that the extension can no
 * longer reach: `canReach` reads the tab's address, which Chrome and Firefox show an
 * extension without the `tabs` permission only while it holds that host (probing
 * with an injection instead was seen to hang in Chromium 156). A closed tab counts
 * as reachable: there is nothing to stop. Returns how many were told to stop.
 */
export async function stopRevokedTabs(
  tabIds: readonly number[],
  canReach: (tabId: number) => Promise<boolean>,
  tellToStop: (tabId: number) => Promise<unknown>,
): Promise<number> {
  let stopped = 0;
  for (const tabId of tabIds) {
    if (await canReach(tabId)) continue;
    await tellToStop(tabId).then(
      () => (stopped += 1),
      () => undefined,
    );
  }
  return stopped;
}
