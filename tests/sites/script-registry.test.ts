import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT_FILE, scriptRegistryFor } from '@/lib/sites/script-registry';

describe('scriptRegistryFor', () => {
  it('uses scripting.registerContentScripts with a persistent idle-time registration', async () => {
    const scripting = {
      registerContentScripts: vi.fn(async () => undefined),
      unregisterContentScripts: vi.fn(async () => undefined),
      getRegisteredContentScripts: vi.fn(async () => [{ id: 'custom-1', matches: ['https://support.example.com/*'] }]),
    };
    const registry = scriptRegistryFor({ scripting });
    await registry.register('custom-2', ['https://support.example.com/*']);
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      {
        id: 'custom-2',
        matches: ['https://support.example.com/*'],
        js: ['helpdesk.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(await registry.registered()).toEqual([{ id: 'custom-1', matches: ['https://support.example.com/*'] }]);
    await registry.unregister([]);
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
    await registry.unregister(['custom-1']);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['custom-1'] });
  });

  it('falls back to contentScripts.register (older Firefox MV2) and keeps the handles to unregister', async () => {
    const unregister = vi.fn(async () => undefined);
    const contentScripts = { register: vi.fn(async () => ({ unregister })) };
    const registry = scriptRegistryFor({ contentScripts });
    await registry.register('custom-9', ['https://support.example.com/*']);
    expect(contentScripts.register).toHaveBeenCalledWith({
      matches: ['https://support.example.com/*'],
      js: [{ file: `/${CONTENT_SCRIPT_FILE}` }],
      runAt: 'document_idle',
    });
    expect(await registry.registered()).toEqual([{ id: 'custom-9', matches: ['https://support.example.com/*'] }]);
    await registry.unregister(['custom-9']);
    expect(unregister).toHaveBeenCalledOnce();
    expect(await registry.registered()).toEqual([]);
  });

  it('says so when the browser has neither API', () => {
    expect(() => scriptRegistryFor({})).toThrow(/cannot add content scripts/);
  });
});
