import { z } from 'zod';
import { ADAPTERS } from '@/lib/adapters/index';
import { adapterForUrl } from '@/lib/adapters/match-url';
import type { ScriptRegistry } from '@/lib/sites/script-registry';

/**
 * Sites the agent turned Heartdesk on for (issue 4 item 5): an optional host
 * permission for the origin plus a registered copy of the helpdesk content
 * script, which then uses generic detection there. The list is the source of
 * truth for what the agent asked; the browser's grants decide what runs.
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
  registry: ScriptRegistry;
  load(): Promise<CustomSite[]>;
  save(sites: CustomSite[]): Promise<void>;
  now(): number;
  /**
   * The organisation's sites that apply now (issue 20), whole origins. They are registered
   * exactly like the agent's own, once the browser grants them, and an origin on both lists
   * gets one script. Until the shared registration (issue 18) lands, this is its source.
   */
  managedOrigins?(): Promise<string[]>;
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

/** Stable per origin (FNV-1a), so a re-sync finds the registration it made before. */
export function scriptIdFor(origin: string): string {
  let hash = 0x811c9dc5;
  for (const char of origin) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `custom-${hash.toString(16).padStart(8, '0')}`;
}

export function isCustomSite(origin: string, sites: readonly CustomSite[]): boolean {
  return sites.some((site) => site.origin === origin && !site.needsAccess);
}

/**
 * Call straight from the click handler, before anything else awaits: the
 * permission prompt needs the user's gesture (Firefox drops it after the first
 * await). Registration is the background's job (`syncCustomSites` runs when
 * the list or a grant changes), so one place owns the registered scripts.
 */
export async function addCustomSite(origin: string, env: CustomSitesEnv): Promise<'added' | 'denied'> {
  const granted = await env.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return 'denied';
  const sites = (await env.load()).filter((site) => site.origin !== origin);
  await env.save([...sites, { origin, addedAt: env.now() }].slice(-MAX_CUSTOM_SITES));
  return 'added';
}

/** Forgets the site and gives its permission back; the background's sync then unregisters the script. */
export async function removeCustomSite(origin: string, env: CustomSitesEnv): Promise<void> {
  await env.save((await env.load()).filter((site) => site.origin !== origin));
  await env.permissions.remove({ origins: [originPattern(origin)] });
}

/**
 * Makes registrations follow the grants: on background start and whenever a
 * permission changes (the agent may revoke it from the browser's own settings).
 */
export async function syncCustomSites(env: CustomSitesEnv): Promise<CustomSite[]> {
  const sites = await env.load();
  const registered = new Set(await env.registry.registeredIds());
  const wanted = new Set<string>();
  const next: CustomSite[] = [];
  for (const site of sites) {
    const id = scriptIdFor(site.origin);
    const granted = await env.permissions.contains({ origins: [originPattern(site.origin)] });
    if (granted) {
      wanted.add(id);
      if (!registered.has(id)) await env.registry.register(id, [originPattern(site.origin)]);
    }
    next.push(granted ? { origin: site.origin, addedAt: site.addedAt } : { ...site, needsAccess: true });
  }
  for (const origin of (await env.managedOrigins?.()) ?? []) {
    const id = scriptIdFor(origin);
    if (wanted.has(id) || !(await env.permissions.contains({ origins: [originPattern(origin)] }))) continue;
    wanted.add(id);
    if (!registered.has(id)) await env.registry.register(id, [originPattern(origin)]);
  }
  const stale = [...registered].filter((id) => id.startsWith('custom-') && !wanted.has(id));
  await env.registry.unregister(stale);
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
    .slice(0, MAX_CUSTOM_SITES);
}
