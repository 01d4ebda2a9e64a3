import { describe, expect, it } from 'vitest';
import { originPattern } from '@/lib/sites/custom-sites';
import { syncSiteScripts } from '@/lib/sites/site-scripts';
import { loadManagedOrigins } from '@/lib/sites/custom-sites-browser';
import { isStoredManagedSite } from '@/lib/sites/custom-site-check';
import { agentChoicesItem } from '@/lib/storage/agent-choices';
import { organisationPolicyItem } from '@/lib/storage/organisation-policy';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

const TEAM = 'https://support.team.example';
const OWN = 'https://desk.example.org';

describe('the organisation’s sites join the one registration plan (issue 20)', () => {
  // As browserSiteScriptsEnv builds its sources: the agent's own sites, then the managed ones.
  const setup = (own: string[]) => {
    const fake = fakeSitesEnv();
    let managed: string[] = [];
    const env = {
      registry: fake.registry,
      sources: async () => ({ granted: [...fake.granted], helpdesks: [], sites: [...own, ...managed] }),
    };
    return { fake, env, manage: (origins: string[]) => (managed = origins) };
  };

  it('registers a managed site once the browser grants it, and not before', async () => {
    const { fake, env, manage } = setup([]);
    manage([TEAM]);
    await syncSiteScripts(env);
    expect(fake.scripts.size).toBe(0);
    fake.granted.add(originPattern(TEAM));
    await syncSiteScripts(env);
    expect([...fake.scripts.values()]).toEqual([[originPattern(TEAM)]]);
  });

  it('an origin both the agent and the organisation list gets one script', async () => {
    const { fake, env, manage } = setup([OWN]);
    manage([OWN, TEAM]);
    fake.granted.add(originPattern(OWN));
    fake.granted.add(originPattern(TEAM));
    await syncSiteScripts(env);
    expect([...fake.scripts.values()].sort()).toEqual([[originPattern(OWN)], [originPattern(TEAM)]]);
  });

  it('unregisters a managed site once the policy drops it, and keeps the agent’s own', async () => {
    const { fake, env, manage } = setup([OWN]);
    manage([TEAM]);
    fake.granted.add(originPattern(OWN));
    fake.granted.add(originPattern(TEAM));
    await syncSiteScripts(env);
    manage([]);
    await syncSiteScripts(env);
    expect([...fake.scripts.values()]).toEqual([[originPattern(OWN)]]);
  });
});

describe('which managed sites apply', () => {
  it('locked ones always; unlocked ones unless the agent removed them', async () => {
    await organisationPolicyItem.setValue({
      settings: { sites: { value: [TEAM, OWN], locked: false } },
      problems: [],
    });
    await agentChoicesItem.setValue({ chosen: [], declined: { sites: [OWN] } });
    expect(await loadManagedOrigins()).toEqual([TEAM]);
    await organisationPolicyItem.setValue({ settings: { sites: { value: [TEAM, OWN], locked: true } }, problems: [] });
    expect(await loadManagedOrigins()).toEqual([TEAM, OWN]);
  });

  it('the detector reads the same raw values without the schema library', () => {
    const policy = { settings: { sites: { value: [TEAM], locked: false } } };
    expect(isStoredManagedSite(policy, null, TEAM)).toBe(true);
    expect(isStoredManagedSite(policy, { declined: { sites: [TEAM] } }, TEAM)).toBe(false);
    expect(
      isStoredManagedSite(
        { settings: { sites: { value: [TEAM], locked: true } } },
        { declined: { sites: [TEAM] } },
        TEAM,
      ),
    ).toBe(true);
    for (const broken of [null, 'x', { settings: { sites: { value: 'x' } } }, { settings: null }])
      expect(isStoredManagedSite(broken, null, TEAM)).toBe(false);
  });
});
