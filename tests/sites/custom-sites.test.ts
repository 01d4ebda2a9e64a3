import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { genericAdapter } from '@/lib/adapters/generic';
import {
  addCustomSite,
  isCustomSite,
  normalizeOrigin,
  originPattern,
  parseCustomSites,
  removeCustomSite,
  scriptIdFor,
  syncCustomSites,
} from '@/lib/sites/custom-sites';
import { customSitesItem, loadCustomSites } from '@/lib/sites/custom-sites-browser';
import { isStoredCustomSite } from '@/lib/sites/custom-site-check';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

const SITE = 'https://support.example.com';

describe('normalizeOrigin', () => {
  it('turns what an agent types into an origin', () => {
    expect(normalizeOrigin('support.example.com')).toEqual({ ok: true, origin: SITE });
    expect(normalizeOrigin('  https://support.example.com/tickets/9?x=1 ')).toEqual({ ok: true, origin: SITE });
    expect(normalizeOrigin('http://desk.example.org:8080/')).toEqual({
      ok: true,
      origin: 'http://desk.example.org:8080',
    });
  });

  it('refuses wildcards, other schemes, bare words and credentials', () => {
    for (const input of [
      '',
      '*.example.com',
      'ftp://example.com',
      'file:///etc',
      'localhost',
      'https://a:b@example.com',
    ])
      expect(normalizeOrigin(input)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('points out helpdesks that already have an adapter', () => {
    expect(normalizeOrigin('acme.zendesk.com')).toEqual({ ok: false, reason: 'builtin' });
    expect(normalizeOrigin('https://app.intercom.com')).toEqual({ ok: false, reason: 'builtin' });
  });
});

describe('originPattern', () => {
  it('asks for the host on every port, a pattern both Chrome and Firefox accept', () => {
    expect(originPattern('http://desk.example.org:8080')).toBe('http://desk.example.org/*');
    expect(originPattern(SITE)).toBe(`${SITE}/*`);
  });
});

describe('scriptIdFor', () => {
  it('is stable per origin and differs between origins', () => {
    expect(scriptIdFor(SITE)).toBe(scriptIdFor(SITE));
    expect(scriptIdFor(SITE)).not.toBe(scriptIdFor('https://support.example.org'));
    expect(scriptIdFor(SITE)).toMatch(/^custom-[0-9a-f]{8}$/);
  });
});

describe('addCustomSite', () => {
  it('asks for exactly that origin and remembers the site; the sync then registers the content script there', async () => {
    const fake = fakeSitesEnv();
    expect(await addCustomSite(SITE, fake.env)).toBe('added');
    expect(fake.requests).toEqual([[`${SITE}/*`]]);
    expect(fake.stored()).toEqual([{ origin: SITE, addedAt: 1_700_000_000_000 }]);
    expect(fake.scripts.size).toBe(0);
    await syncCustomSites(fake.env);
    expect(fake.scripts.get(scriptIdFor(SITE))).toEqual([`${SITE}/*`]);
  });

  it('changes nothing when the agent declines the permission', async () => {
    const fake = fakeSitesEnv({ grant: false });
    expect(await addCustomSite(SITE, fake.env)).toBe('denied');
    await syncCustomSites(fake.env);
    expect(fake.scripts.size).toBe(0);
    expect(fake.stored()).toEqual([]);
  });

  it('adding the same site twice keeps one registration and one entry', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite(SITE, fake.env);
    await syncCustomSites(fake.env);
    await addCustomSite(SITE, fake.env);
    await syncCustomSites(fake.env);
    expect(fake.scripts.size).toBe(1);
    expect(fake.stored()).toHaveLength(1);
  });
});

describe('removeCustomSite', () => {
  it('forgets the site and gives the permission back; the sync unregisters its script only', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite(SITE, fake.env);
    await addCustomSite('https://help.example.net', fake.env);
    await syncCustomSites(fake.env);
    await removeCustomSite(SITE, fake.env);
    expect(fake.granted.has(`${SITE}/*`)).toBe(false);
    expect(fake.stored().map((site) => site.origin)).toEqual(['https://help.example.net']);
    await syncCustomSites(fake.env);
    expect([...fake.scripts.keys()]).toEqual([scriptIdFor('https://help.example.net')]);
  });
});

describe('syncCustomSites (background start, permission changes)', () => {
  it('unregisters a site whose permission was revoked and marks it as needing access', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite(SITE, fake.env);
    await syncCustomSites(fake.env);
    expect(fake.scripts.size).toBe(1);
    fake.granted.clear();
    const sites = await syncCustomSites(fake.env);
    expect(fake.scripts.size).toBe(0);
    expect(sites).toEqual([{ origin: SITE, addedAt: 1_700_000_000_000, needsAccess: true }]);
    expect(fake.stored()[0]?.needsAccess).toBe(true);
    expect(isCustomSite(SITE, sites)).toBe(false);
  });

  it('registers again once access is back, and clears the mark', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite(SITE, fake.env);
    fake.granted.clear();
    await syncCustomSites(fake.env);
    fake.granted.add(`${SITE}/*`);
    const sites = await syncCustomSites(fake.env);
    expect(fake.scripts.has(scriptIdFor(SITE))).toBe(true);
    expect(sites).toEqual([{ origin: SITE, addedAt: 1_700_000_000_000 }]);
    expect(isCustomSite(SITE, sites)).toBe(true);
  });

  it('drops leftover custom registrations that are no longer listed, and leaves other scripts alone', async () => {
    const fake = fakeSitesEnv({ registered: ['custom-deadbeef', 'someone-else'] });
    await syncCustomSites(fake.env);
    expect([...fake.scripts.keys()]).toEqual(['someone-else']);
  });

  it('is a no-op when everything already agrees', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite(SITE, fake.env);
    await syncCustomSites(fake.env);
    const before = fake.stored();
    await syncCustomSites(fake.env);
    expect(fake.stored()).toBe(before);
    expect(fake.scripts.size).toBe(1);
  });
});

describe('stored list', () => {
  it('keeps only valid entries of whatever is stored', () => {
    expect(parseCustomSites('nope')).toEqual([]);
    expect(
      parseCustomSites([{ origin: SITE, addedAt: 1 }, { origin: 5 }, { origin: SITE, addedAt: 2, extra: true }]),
    ).toEqual([{ origin: SITE, addedAt: 1 }]);
  });

  it('lives in local:customSites and is read back validated', async () => {
    await fakeBrowser.storage.local.set({ customSites: [{ origin: SITE, addedAt: 3 }, 'junk'] });
    expect(await loadCustomSites()).toEqual([{ origin: SITE, addedAt: 3 }]);
    await customSitesItem.setValue([]);
    expect(await loadCustomSites()).toEqual([]);
  });
});

describe('isStoredCustomSite (the detector, without zod)', () => {
  it('finds the page origin in the raw stored list, skipping revoked or malformed entries', () => {
    expect(isStoredCustomSite([{ origin: SITE, addedAt: 1 }], SITE)).toBe(true);
    expect(isStoredCustomSite([{ origin: SITE, addedAt: 1, needsAccess: true }], SITE)).toBe(false);
    expect(isStoredCustomSite([null, 'x', { origin: 'https://other.example.com' }], SITE)).toBe(false);
    expect(isStoredCustomSite(undefined, SITE)).toBe(false);
  });
});

describe('generic detection on a custom site', () => {
  it('gives every page of the site a ticket key, so the sidebar mounts once a reply box is found', () => {
    const adapter = genericAdapter(SITE);
    expect(adapter.ticketKey(new URL(`${SITE}/`))).not.toBeNull();
    expect(adapter.ticketKey(new URL(`${SITE}/anything/else#view=3`))).not.toBeNull();
    expect(adapter.ticketKey(new URL(`${SITE}/a`))).not.toBe(adapter.ticketKey(new URL(`${SITE}/b`)));
    expect(adapter.ticketKey(new URL('https://other.example.com/'))).toBeNull();
  });
});
