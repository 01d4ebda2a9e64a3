import { z } from 'zod';
import { ADAPTERS } from '@/lib/adapters/index';
import { adapterForUrl } from '@/lib/adapters/match-url';
import { sitePattern } from '@/lib/sites/site-scripts';

/**
 * Sites the agent turned Heartdesk on for (issue 4 item 5): an optional host
 * permission for the host (every port) plus the detector registered there by
 * lib/sites/site-scripts.ts, which then recognises a self-hosted helpdesk by
 * its page or reads generically. The list is the source of truth for what the
 * agent asked; the browser's grants decide what runs.
 */

export const MAX_CUSTOM_SITES = 50;

export const customSiteSchema = z.strictObject({
  origin: z.string().max(300),
  addedAt: z.number().int().nonnegative(),
  /** The permission was revoked in the browser: the site is listed but does nothing until granted again. */
  needsAccess: z.boolean().optional(),
});
export type CustomSite = z.infer<typeof customSiteSchema>;
export const customSitesSchema = z.array(customSiteSchema).max(MAX_CUSTOM_SITES);

export interface PermissionsApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export interface CustomSitesEnv {
  permissions: PermissionsApi;
  load(): Promise<CustomSite[]>;
  save(sites: CustomSite[]): Promise<void>;
  now(): number;
}

export type OriginCheck = { ok: true; origin: string } | { ok: false; reason: 'invalid' | 'builtin' };

/** `support.example.com`, `https://support.example.com/tickets/1` → `https://support.example.com`. */
export function normalizeOrigin(input: string): OriginCheck {
  const trimmed = input.trim();
  if (!trimmed || trimmed.includes('*')) return { ok: false, reason: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.') || url.username)
    return { ok: false, reason: 'invalid' };
  // A built-in helpdesk already has its adapter: generic detection there would only be worse.
  if (hasBuiltinAdapter(url.origin)) return { ok: false, reason: 'builtin' };
  return { ok: true, origin: url.origin };
}

/** True when an adapter covers some page of this origin (its patterns' paths tried on the origin). */
export function hasBuiltinAdapter(origin: string): boolean {
  return ADAPTERS.some((adapter) =>
    adapter.matches.some((pattern) => {
      const path = pattern.slice(pattern.indexOf('/', pattern.indexOf('//') + 2)).replace(/\*/g, 'x');
      return adapterForUrl(`${origin}${path}`, [adapter]) !== null;
    }),
  );
}

/** Without the port: Chrome's patterns would take one, Firefox's do not, and both then match every port. */
export function originPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/** Two addresses are one site when they share scheme and host: one grant and one script cover every port. */
export function sameSite(a: string, b: string): boolean {
  return (sitePattern(a) ?? a) === (sitePattern(b) ?? b);
}

export function isCustomSite(origin: string, sites: readonly CustomSite[]): boolean {
  return sites.some((site) => sameSite(site.origin, origin) && !site.needsAccess);
}

/** The listed site this address belongs to (another port of the same host counts), if any. */
export function listedSite(origin: string, sites: readonly CustomSite[]): CustomSite | undefined {
  return sites.find((site) => sameSite(site.origin, origin));
}

/**
 * Call straight from the click handler, before anything else awaits: the
 * permission prompt needs the user's gesture (Firefox drops it after the first
 * await). Registration is the background's job (lib/sites/site-scripts.ts runs
 * when the list or a grant changes), so one place owns the registered scripts.
 * Another port of a listed host is the same site: it is not listed twice.
 */
export async function addCustomSite(origin: string, env: CustomSitesEnv): Promise<'added' | 'denied'> {
  const granted = await env.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return 'denied';
  const sites = await env.load();
  const listed = listedSite(origin, sites);
  const kept = sites.filter((site) => site !== listed);
  await env.save(
    [...kept, { origin: listed?.origin ?? origin, addedAt: listed?.addedAt ?? env.now() }].slice(-MAX_CUSTOM_SITES),
  );
  return 'added';
}

/** Forgets the site and gives its permission back; the background's sync then unregisters the script. */
export async function removeCustomSite(origin: string, env: CustomSitesEnv): Promise<void> {
  await env.save((await env.load()).filter((site) => !sameSite(site.origin, origin)));
  await env.permissions.remove({ origins: [originPattern(origin)] });
}

/**
 * Marks the sites whose grant is gone (the agent may revoke it in the browser's own
 * settings) so the options page can offer it back, and clears the mark once it returns.
 */
export async function refreshCustomSiteAccess(
  env: Pick<CustomSitesEnv, 'permissions' | 'load' | 'save'>,
): Promise<CustomSite[]> {
  const sites = await env.load();
  const next: CustomSite[] = [];
  for (const site of sites) {
    const granted = await env.permissions.contains({ origins: [originPattern(site.origin)] });
    next.push(granted ? { origin: site.origin, addedAt: site.addedAt } : { ...site, needsAccess: true });
  }
  if (JSON.stringify(next) !== JSON.stringify(sites)) await env.save(next);
  return next;
}

/** Whatever is stored, only valid entries come back (a newer build or a bad write never breaks startup). */
export function parseCustomSites(stored: unknown): CustomSite[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .flatMap((entry) => {
      const parsed = customSiteSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    })
    .filter((site, index, all) => all.findIndex((other) => sameSite(other.origin, site.origin)) === index)
    .slice(0, MAX_CUSTOM_SITES);
}
