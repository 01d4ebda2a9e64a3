/**
 * Registers the helpdesk detector where the agent granted access (lib/sites/site-scripts.ts
 * decides where). Chrome MV3 and
 * Firefox 102+ (MV2 too, MDN "scripting.registerContentScripts") have
 * `scripting.registerContentScripts`; persistence across sessions needs Firefox
 * 105 (bug 1751436), below our minimum of 140. `contentScripts.register` (older
 * Firefox MV2) is the fallback: its registrations die with the background page,
 * which is fine because the background re-syncs on every start.
 */

/** The helpdesk detector (an unlisted script, see wxt.config.ts); it asks for the sidebar bundle itself. */
export const CONTENT_SCRIPT_FILE = 'helpdesk.js';

export interface RegisteredScript {
  id: string;
  matches: string[];
}

export interface ScriptRegistry {
  registered(): Promise<RegisteredScript[]>;
  register(id: string, matches: string[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

interface ScriptingApi {
  registerContentScripts(scripts: object[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
}

interface LegacyContentScriptsApi {
  register(options: { matches: string[]; js: Array<{ file: string }>; runAt?: string }): Promise<{
    unregister(): Promise<void>;
  }>;
}

export interface RegistryHost {
  scripting?: Partial<ScriptingApi>;
  contentScripts?: LegacyContentScriptsApi;
}

export function scriptingRegistry(scripting: ScriptingApi): ScriptRegistry {
  return {
    registered: async () =>
      (await scripting.getRegisteredContentScripts()).map((script) => ({
        id: script.id,
        matches: script.matches ?? [],
      })),
    async register(id, matches) {
      await scripting.registerContentScripts([
        { id, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    },
    async unregister(ids) {
      if (ids.length > 0) await scripting.unregisterContentScripts({ ids });
    },
  };
}

export function legacyRegistry(api: LegacyContentScriptsApi): ScriptRegistry {
  const handles = new Map<string, { matches: string[]; unregister(): Promise<void> }>();
  return {
    registered: async () => [...handles].map(([id, handle]) => ({ id, matches: handle.matches })),
    async register(id, matches) {
      const handle = await api.register({ matches, js: [{ file: `/${CONTENT_SCRIPT_FILE}` }], runAt: 'document_idle' });
      handles.set(id, { matches, unregister: () => handle.unregister() });
    },
    async unregister(ids) {
      for (const id of ids) {
        await handles.get(id)?.unregister();
        handles.delete(id);
      }
    },
  };
}

/** The best registry this browser offers. */
export function scriptRegistryFor(host: RegistryHost): ScriptRegistry {
  const scripting = host.scripting;
  if (scripting?.registerContentScripts && scripting.unregisterContentScripts && scripting.getRegisteredContentScripts)
    return scriptingRegistry(scripting as ScriptingApi);
  if (host.contentScripts) return legacyRegistry(host.contentScripts);
  throw new Error('This browser cannot add content scripts at run time.');
}
