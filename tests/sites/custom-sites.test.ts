import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { genericAdapter } from '@/lib/adapters/generic';
import {
  addCustomSite,
  isCustomSite,
  listedSite,
  normalizeOrigin,
  originPattern,
  parseCustomSites,
  refreshCustomSiteAccess,
  removeCustomSite,
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

describe('addCustomSite', () => {
  it('asks for exactly that host on every port and remembers the site', async () => {
    const fake = fakeSitesEnv();
    expect(await addCustomSite(SITE, fake.env)).toBe('added');
    expect(fake.requests).toEqual([[`${SITE}/*`]]);
    expect(fake.stored()).toEqual([{ origin: SITE, addedAt: 1_700_000_000_000 }]);
  });

  it('changes nothing when the agent declines the permission', async () => {
    const fake = fakeSitesEnv({ grant: false });
    expect(await addCustomSite(SITE, fake.env)).toBe('denied');
    expect(fake.stored()).toEqual([]);
    expect(fake.granted.size).toBe(0);
  });

  it('adding the same site twice keeps one entry', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite(SITE, fake.env);
    await addCustomSite(SITE, fake.env);
    expect(fake.stored()).toHaveLength(1);
  });

  it('another port of a listed host is the same site: one entry, the first address kept (issue 13.6)', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite('http://desk.example.org:8080', fake.env);
    await addCustomSite('http://desk.example.org:8081', fake.env);
    expect(fake.requests).toEqual([['http://desk.example.org/*'], ['http://desk.example.org/*']]);
    expect(fake.stored()).toEqual([{ origin: 'http://desk.example.org:8080', addedAt: 1_700_000_000_000 }]);
    expect(listedSite('http://desk.example.org:9999', fake.stored())?.origin).toBe('http://desk.example.org:8080');
    expect(listedSite('https://desk.example.org:8080', fake.stored())).toBeUndefined();
  });
});

describe('removeCustomSite', () => {
  it('forgets the site and gives the permission back, leaving the other sites', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite(SITE, fake.env);
    await addCustomSite('https://help.example.net', fake.env);
    await removeCustomSite(SITE, fake.env);
    expect(fake.granted.has(`${SITE}/*`)).toBe(false);
    expect(fake.granted.has('https://help.example.net/*')).toBe(true);
    expect(fake.stored().map((site) => site.origin)).toEqual(['https://help.example.net']);
  });
});

describe('refreshCustomSiteAccess (background start, permission changes)', () => {
  it('marks a site whose permission was revoked, and clears the mark once access is back', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite(SITE, fake.env);
    fake.granted.clear();
    const revoked = await refreshCustomSiteAccess(fake.env);
    expect(revoked).toEqual([{ origin: SITE, addedAt: 1_700_000_000_000, needsAccess: true }]);
    expect(fake.stored()[0]?.needsAccess).toBe(true);
    expect(isCustomSite(SITE, revoked)).toBe(false);
    fake.granted.add(`${SITE}/*`);
    const back = await refreshCustomSiteAccess(fake.env);
    expect(back).toEqual([{ origin: SITE, addedAt: 1_700_000_000_000 }]);
    expect(isCustomSite(SITE, back)).toBe(true);
  });

  it('writes nothing when everything already agrees', async () => {
    const fake = fakeSitesEnv();
    await addCustomSite(SITE, fake.env);
    const before = fake.stored();
    await refreshCustomSiteAccess(fake.env);
    expect(fake.stored()).toBe(before);
  });
});

describe('stored list', () => {
  it('keeps only valid entries of whatever is stored', () => {
    expect(parseCustomSites('nope')).toEqual([]);
    expect(
      parseCustomSites([{ origin: SITE, addedAt: 1 }, { origin: 5 }, { origin: SITE, addedAt: 2, extra: true }]),
    ).toEqual([{ origin: SITE, addedAt: 1 }]);
  });

  it('keeps one entry per host when an older build listed two ports of it', () => {
    expect(
      parseCustomSites([
        { origin: 'http://127.0.0.1:8090', addedAt: 1 },
        { origin: 'http://127.0.0.1:8091', addedAt: 2 },
        { origin: 'https://127.0.0.1:8091', addedAt: 3 },
      ]),
    ).toEqual([
      { origin: 'http://127.0.0.1:8090', addedAt: 1 },
      { origin: 'https://127.0.0.1:8091', addedAt: 3 },
    ]);
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

  it('counts every port of a listed host, as the grant and the registered detector do', () => {
    const stored = [{ origin: 'http://127.0.0.1:8090', addedAt: 1 }];
    expect(isStoredCustomSite(stored, 'http://127.0.0.1:8091')).toBe(true);
    expect(isStoredCustomSite(stored, 'http://127.0.0.1')).toBe(true);
    expect(isStoredCustomSite(stored, 'https://127.0.0.1:8090')).toBe(false);
    expect(isStoredCustomSite(stored, 'http://127.0.0.2:8090')).toBe(false);
    expect(isStoredCustomSite([{ origin: 'not a url' }], 'not a url')).toBe(false);
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
