import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { demoAdapter } from '@/lib/adapters/demo';
import { originOf, originsOverlap, parsePattern, patternCovers } from '@/lib/sites/match-pattern-cover';
import { planSiteScripts, scriptIdFor, syncSiteScripts, type SiteSources } from '@/lib/sites/site-scripts';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

const byId = (id: string) => ADAPTERS.find((adapter) => adapter.id === id)!;
const zendesk = byId('zendesk');
const jira = byId('jira-service-management');
const none: SiteSources = { granted: [], helpdesks: ADAPTERS, sites: [] };
const matchesOf = (sources: SiteSources) => planSiteScripts(sources).map((script) => script.matches);

describe('planSiteScripts: only what is granted, each page matched once', () => {
  it('registers nothing when nothing is granted (a fresh install)', () => {
    expect(planSiteScripts(none)).toEqual([]);
    expect(planSiteScripts({ ...none, sites: ['https://support.example.com'] })).toEqual([]);
  });

  it('a granted helpdesk gets its own agent pages, as the browser lists the grant (path dropped)', () => {
    expect(matchesOf({ ...none, granted: ['https://*.zendesk.com/*'] })).toEqual([['https://*.zendesk.com/agent/*']]);
  });

  it('a helpdesk with two patterns on one host gets one script holding both', () => {
    expect(matchesOf({ ...none, granted: ['https://*.atlassian.net/*'] })).toEqual([[...jira.matches].sort()]);
  });

  it('a grant for one company narrows the helpdesk to that company (the popup on acme.zendesk.com)', () => {
    expect(matchesOf({ ...none, granted: ['https://acme.zendesk.com/*'] })).toEqual([
      ['https://acme.zendesk.com/agent/*'],
    ]);
  });

  it('the wide grant and a narrow one for the same helpdesk register once', () => {
    const plan = planSiteScripts({ ...none, granted: ['https://acme.zendesk.com/*', 'https://*.zendesk.com/*'] });
    expect(plan.map((script) => script.matches)).toEqual([['https://*.zendesk.com/agent/*']]);
  });

  it('two ports of one host are one site: one script for every port (issue 13.6)', () => {
    const sources = {
      ...none,
      granted: ['http://127.0.0.1/*'],
      sites: ['http://127.0.0.1:8090', 'http://127.0.0.1:8091'],
    };
    expect(matchesOf(sources)).toEqual([['http://127.0.0.1/*']]);
  });

  it('the demo helpdesk and a site on another port of 127.0.0.1 share one script', () => {
    const plan = planSiteScripts({
      granted: ['http://127.0.0.1/*'],
      helpdesks: [...ADAPTERS, demoAdapter],
      sites: ['http://127.0.0.1:8090'],
    });
    expect(plan.map((script) => script.matches)).toEqual([['http://127.0.0.1/*']]);
  });

  it('a listed site whose grant is gone is not registered; other grants are unaffected', () => {
    const sources = {
      ...none,
      granted: ['https://*.zendesk.com/*'],
      sites: ['https://support.example.com'],
    };
    expect(matchesOf(sources)).toEqual([['https://*.zendesk.com/agent/*']]);
  });

  it('overlapping origins from different sources share one script (a managed site inside a helpdesk)', () => {
    const plan = planSiteScripts({
      granted: ['https://*.zendesk.com/*', 'https://acme.zendesk.com/*'],
      helpdesks: [zendesk],
      sites: ['https://acme.zendesk.com'],
    });
    expect(plan).toHaveLength(1);
    expect(plan[0]!.matches).toEqual(['https://*.zendesk.com/agent/*', 'https://acme.zendesk.com/*']);
  });

  it('names each script after its origins, stable from one run to the next', () => {
    const sources = { ...none, granted: ['https://*.zendesk.com/*', 'https://app.intercom.com/*'] };
    const first = planSiteScripts(sources);
    expect(first.map((script) => script.id)).toEqual(planSiteScripts(sources).map((script) => script.id));
    expect(new Set(first.map((script) => script.id)).size).toBe(2);
    expect(first.map((script) => script.id)).toContain(scriptIdFor('https://*.zendesk.com/*'));
    for (const script of first) expect(script.id).toMatch(/^site-[0-9a-f]{8}$/);
  });

  const GRANTS = [
    'https://*.zendesk.com/*',
    'https://acme.zendesk.com/*',
    'https://*.atlassian.net/*',
    'https://app.intercom.com/*',
    'https://mail.google.com/*',
    'http://127.0.0.1/*',
    'https://support.example.com/*',
    'http://support.example.com/*',
    'https://desk.example.org/*',
  ];
  const SITES = [
    'https://support.example.com',
    'https://support.example.com:8443',
    'http://support.example.com',
    'https://desk.example.org',
    'http://127.0.0.1:8090',
    'https://acme.zendesk.com',
  ];

  it('for any grants and sites: every match is granted, no two scripts share a page, ids are unique', () => {
    fc.assert(
      fc.property(fc.subarray(GRANTS), fc.subarray(SITES), fc.subarray([...ADAPTERS]), (granted, sites, helpdesks) => {
        const plan = planSiteScripts({ granted, helpdesks, sites });
        const grants = granted.map((grant) => parsePattern(grant)!);
        const patterns = plan.map((script) => script.matches.map((match) => parsePattern(match)!));
        for (const match of patterns.flat())
          expect(grants.some((grant) => patternCovers(originOf(grant), match))).toBe(true);
        patterns.forEach((mine, index) =>
          patterns.slice(index + 1).forEach((theirs) => {
            for (const a of mine) for (const b of theirs) expect(originsOverlap(a, b)).toBe(false);
          }),
        );
        expect(new Set(plan.map((script) => script.id)).size).toBe(plan.length);
      }),
    );
  });
});

describe('syncSiteScripts: the registrations follow the plan', () => {
  const setup = (granted: string[], sites: string[] = [], registered: string[] = []) => {
    const fake = fakeSitesEnv({ registered });
    for (const grant of granted) fake.granted.add(grant);
    const env = {
      registry: fake.registry,
      sources: async () => ({ granted: [...fake.granted], helpdesks: ADAPTERS, sites }),
    };
    return { fake, env };
  };

  it('registers what is granted, and a second sync changes nothing', async () => {
    const { fake, env } = setup(['https://*.zendesk.com/*']);
    const first = await syncSiteScripts(env);
    expect(first.added.map((script) => script.matches)).toEqual([['https://*.zendesk.com/agent/*']]);
    expect([...fake.scripts.values()]).toEqual([['https://*.zendesk.com/agent/*']]);
    const second = await syncSiteScripts(env);
    expect(second).toEqual({ registered: [], added: [], unregistered: [], failed: [] });
  });

  it('a revoked grant unregisters its script and only that one', async () => {
    const { fake, env } = setup(['https://*.zendesk.com/*', 'https://app.intercom.com/*']);
    await syncSiteScripts(env);
    fake.granted.delete('https://*.zendesk.com/*');
    const outcome = await syncSiteScripts(env);
    expect(outcome.unregistered).toEqual([scriptIdFor('https://*.zendesk.com/*')]);
    expect([...fake.scripts.values()]).toEqual([['https://app.intercom.com/a/*']]);
  });

  it('a second grant for a registered origin registers nothing new', async () => {
    const { fake, env } = setup(['http://127.0.0.1/*'], ['http://127.0.0.1:8090']);
    await syncSiteScripts(env);
    const again = await syncSiteScripts({
      ...env,
      sources: async () => ({
        granted: [...fake.granted],
        helpdesks: ADAPTERS,
        sites: ['http://127.0.0.1:8090', 'http://127.0.0.1:8091'],
      }),
    });
    expect(again.registered).toEqual([]);
    expect(fake.scripts.size).toBe(1);
  });

  it('moves to the wider script when a wider grant arrives, and stays put when the narrow one goes', async () => {
    const { fake, env } = setup(['https://acme.zendesk.com/*']);
    await syncSiteScripts(env);
    fake.granted.add('https://*.zendesk.com/*');
    const outcome = await syncSiteScripts(env);
    expect([...fake.scripts.values()]).toEqual([['https://*.zendesk.com/agent/*']]);
    expect(outcome.added.map((script) => script.matches)).toEqual([['https://*.zendesk.com/agent/*']]);
    fake.granted.delete('https://acme.zendesk.com/*');
    expect((await syncSiteScripts(env)).registered).toEqual([]);
  });

  it('removes registrations left by the older per-origin custom sites, and leaves scripts it did not make', async () => {
    const { fake, env } = setup([], [], ['custom-deadbeef', 'someone-else']);
    await syncSiteScripts(env);
    expect([...fake.scripts.keys()]).toEqual(['someone-else']);
  });

  it('one failing registration is reported and the others still go through', async () => {
    const { fake, env } = setup(['https://*.zendesk.com/*', 'https://app.intercom.com/*']);
    const register = fake.registry.register;
    fake.registry.register = async (id, matches) => {
      if (matches.some((match) => match.includes('zendesk'))) throw new Error('Invalid match pattern');
      return register(id, matches);
    };
    const outcome = await syncSiteScripts(env);
    expect(outcome.failed).toEqual([{ id: scriptIdFor('https://*.zendesk.com/*'), error: 'Invalid match pattern' }]);
    expect([...fake.scripts.values()]).toEqual([['https://app.intercom.com/a/*']]);
  });
});
