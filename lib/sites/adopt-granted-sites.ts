import { MAX_CUSTOM_SITES, listedSite, type CustomSitesEnv } from '@/lib/sites/custom-sites';
import { originOf, originsOverlap, parsePattern } from '@/lib/sites/match-pattern-cover';

/**
 * A grant for one site that no list mentions becomes one of the agent's sites.
 * It happens when the grant outlives the page that asked: Firefox closes the
 * toolbar popup when its permission prompt opens, so "Use Heartdesk on this site"
 * never gets to save; and Chrome's own extensions menu can grant a site directly.
 * Either way the agent chose the site, so the background lists it.
 */
export async function adoptGrantedSites(
  added: readonly string[],
  helpdeskPatterns: readonly string[],
  env: Pick<CustomSitesEnv, 'load' | 'save' | 'now'>,
): Promise<string[]> {
  const helpdesks = helpdeskPatterns.map(parsePattern).flatMap((pattern) => (pattern ? [originOf(pattern)] : []));
  const sites = await env.load();
  const adopted: string[] = [];
  for (const grant of added.map(parsePattern)) {
    // Only one concrete host: wildcards are helpdesks' own grants (or nobody's).
    if (!grant || grant.scheme === '*' || grant.host.includes('*')) continue;
    if (helpdesks.some((helpdesk) => originsOverlap(helpdesk, grant))) continue;
    const origin = `${grant.scheme}://${grant.host}`;
    if (listedSite(origin, sites) || adopted.includes(origin)) continue;
    adopted.push(origin);
  }
  if (adopted.length > 0) {
    const now = env.now();
    await env.save([...sites, ...adopted.map((origin) => ({ origin, addedAt: now }))].slice(-MAX_CUSTOM_SITES));
  }
  return adopted;
}
