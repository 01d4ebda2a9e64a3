import type { CustomSite, CustomSitesEnv } from '@/lib/sites/custom-sites';
import type { ScriptRegistry } from '@/lib/sites/script-registry';

/** A browser in miniature: granted origins, registered scripts and the stored list, all inspectable. */
export function fakeSitesEnv(options: { grant?: boolean; registered?: string[] } = {}) {
  const granted = new Set<string>();
  const scripts = new Map<string, string[]>((options.registered ?? []).map((id) => [id, []]));
  let stored: CustomSite[] = [];
  const requests: string[][] = [];
  const registry: ScriptRegistry = {
    registeredIds: async () => [...scripts.keys()],
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
  const env: CustomSitesEnv = {
    permissions: {
      request: async ({ origins }) => {
        requests.push(origins);
        if (options.grant === false) return false;
        for (const origin of origins) granted.add(origin);
        return true;
      },
      remove: async ({ origins }) => origins.map((origin) => granted.delete(origin)).every(Boolean),
      contains: async ({ origins }) => origins.every((origin) => granted.has(origin)),
    },
    registry,
    load: async () => structuredClone(stored),
    save: async (sites) => {
      stored = structuredClone(sites);
    },
    now: () => 1_700_000_000_000,
  };
  return { env, granted, scripts, requests, stored: () => stored };
}
