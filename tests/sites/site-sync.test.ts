import { describe, expect, it, vi } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { createSiteSync } from '@/lib/sites/site-sync';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

function setup() {
  const fake = fakeSitesEnv();
  const reachOpenTabs = vi.fn(async () => undefined);
  const report = vi.fn();
  const sync = createSiteSync({
    scripts: {
      registry: fake.registry,
      sources: async () => ({
        granted: [...fake.granted],
        helpdesks: ADAPTERS,
        sites: (await fake.env.load()).map((site) => site.origin),
      }),
    },
    customSites: fake.env,
    reachOpenTabs,
    report,
  });
  return { fake, sync, reachOpenTabs, report };
}

describe('createSiteSync', () => {
  it('syncs one at a time: many events at once still register each script once', async () => {
    const { fake, sync, reachOpenTabs } = setup();
    fake.granted.add('https://*.zendesk.com/*');
    await Promise.all([sync(), sync(), sync()]);
    expect(fake.scripts.size).toBe(1);
    expect(reachOpenTabs).toHaveBeenCalledOnce();
  });

  it('marks revoked custom sites, and reports a failure without stopping later syncs', async () => {
    const { fake, sync, report } = setup();
    await fake.env.save([{ origin: 'https://support.example.com', addedAt: 1 }]);
    await sync();
    expect((await fake.env.load())[0]?.needsAccess).toBe(true);
    const registered = fake.registry.registered;
    fake.registry.registered = async () => {
      throw new Error('worker gone');
    };
    expect(await sync()).toBeUndefined();
    expect(report).toHaveBeenCalledWith(new Error('worker gone'));
    fake.registry.registered = registered;
    fake.granted.add('https://support.example.com/*');
    await sync();
    expect(fake.scripts.size).toBe(1);
    expect((await fake.env.load())[0]?.needsAccess).toBeUndefined();
  });
});
