import { browser } from 'wxt/browser';
import { originPattern } from '@/lib/sites/custom-sites';

/**
 * Whether the browser grants each origin now, and asking for one, for the organisation's
 * sites (issue 20): a policy cannot grant an optional host permission (docs/deploying.md),
 * so the agent allows each one once, from Options.
 */
export async function grantedOrigins(origins: readonly string[]): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    origins.map(async (origin) => [origin, await browser.permissions.contains({ origins: [originPattern(origin)] })]),
  );
  return Object.fromEntries(entries);
}

/** Calls back whenever a grant is added or taken back (also from the browser's own settings). */
export function watchGrants(callback: () => void): () => void {
  browser.permissions.onAdded.addListener(callback);
  browser.permissions.onRemoved.addListener(callback);
  return () => {
    browser.permissions.onAdded.removeListener(callback);
    browser.permissions.onRemoved.removeListener(callback);
  };
}

/** Call straight from the click handler: the prompt needs its user gesture. */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}
