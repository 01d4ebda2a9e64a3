import type { CustomSite, CustomSitesEnv } from '@/lib/sites/custom-sites';
import type { HostPermissions } from '@/lib/sites/permissions-api';
import type { ScriptRegistry } from '@/lib/sites/script-registry';

/**
 * A browser in miniature: granted origins, registered scripts and the stored list,
 * all inspectable. Grants are kept as the browser lists them: origin-level, path
 * dropped (`https://*.zendesk.com/agent/*` is held as `https://*.zendesk.com/*`).
 * Registering an id twice or removing an unknown id fails, as in Chrome.
 */
export function fakeSitesEnv(options: { grant?: boolean; registered?: string[] } = {}) {
  const granted = new Set<string>();
  const scripts = new Map<string, string[]>((options.registered ?? []).map((id) => [id, []]));
  let stored: CustomSite[] = [];
  const requests: string[][] = [];
  type Listener = (permissions: { origins?: string[] }) => void;
  const listeners = { added: new Set<Listener>(), removed: new Set<Listener>() };
  const asHeld = (pattern: string) => pattern.replace(/^([a-z*]+:\/\/[^/]+)\/.*$/, '$1/*');
  const registry: ScriptRegistry = {
    registered: async () => [...scripts].map(([id, matches]) => ({ id, matches })),
    register: async (id, matches) => {
      if (scripts.has(id)) throw new Error(`Duplicate script ID '${id}'`);
      scripts.set(id, matches);
    },
    unregister: async (ids) => {
      for (const id of ids) {
        if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
    },
  };
  const permissions: HostPermissions = {
    request: async ({ origins }) => {
      requests.push(origins);
      if (options.grant === false) return false;
      for (const origin of origins) granted.add(asHeld(origin));
      for (const listener of listeners.added) listener({ origins });
      return true;
    },
    remove: async ({ origins }) => {
      const removed = origins.map((origin) => granted.delete(asHeld(origin))).every(Boolean);
      for (const listener of listeners.removed) listener({ origins });
      return removed;
    },
    contains: async ({ origins }) => origins.every((origin) => granted.has(asHeld(origin))),
    getAll: async () => ({ origins: [...granted] }),
    onAdded: { addListener: (l) => listeners.added.add(l), removeListener: (l) => listeners.added.delete(l) },
    onRemoved: { addListener: (l) => listeners.removed.add(l), removeListener: (l) => listeners.removed.delete(l) },
  };
  const env: CustomSitesEnv = {
    permissions,
    load: async () => structuredClone(stored),
    save: async (sites) => {
      stored = structuredClone(sites);
    },
    now: () => 1_700_000_000_000,
  };
  return { env, permissions, registry, granted, scripts, requests, stored: () => stored };
}
