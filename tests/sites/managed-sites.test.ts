import { describe, expect, it } from 'vitest';
import { originPattern, scriptIdFor, syncCustomSites } from '@/lib/sites/custom-sites';
import { loadManagedOrigins } from '@/lib/sites/custom-sites-browser';
import { isStoredManagedSite } from '@/lib/sites/custom-site-check';
import { agentChoicesItem } from '@/lib/storage/agent-choices';
import { organisationPolicyItem } from '@/lib/storage/organisation-policy';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

const TEAM = 'https://support.team.example';
const OWN = 'https://desk.example.org';

describe('the organisation’s sites go through the custom-site sync (issue 20)', () => {
  it('registers a managed site once the browser grants it, and not before', async () => {
    const { env, granted, scripts } = fakeSitesEnv();
    env.managedOrigins = async () => [TEAM];
    await syncCustomSites(env);
    expect(scripts.size).toBe(0);
    granted.add(originPattern(TEAM));
    await syncCustomSites(env);
    expect(scripts.get(scriptIdFor(TEAM))).toEqual([originPattern(TEAM)]);
  });

  it('an origin both the agent and the organisation list gets one script', async () => {
    const { env, granted, scripts } = fakeSitesEnv();
    await env.save([{ origin: OWN, addedAt: 1 }]);
    env.managedOrigins = async () => [OWN, TEAM];
    granted.add(originPattern(OWN));
    granted.add(originPattern(TEAM));
    await syncCustomSites(env);
    expect([...scripts.keys()].sort()).toEqual([scriptIdFor(OWN), scriptIdFor(TEAM)].sort());
  });

  it('unregisters a managed site once the policy drops it, and leaves the agent’s own list alone', async () => {
    const { env, granted, scripts, stored } = fakeSitesEnv();
    let managed = [TEAM];
    env.managedOrigins = async () => managed;
    granted.add(originPattern(TEAM));
    await syncCustomSites(env);
    managed = [];
    await syncCustomSites(env);
    expect(scripts.size).toBe(0);
    expect(stored()).toEqual([]);
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
