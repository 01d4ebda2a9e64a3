import { afterEach, describe, expect, it } from 'vitest';
import { enabledPacks } from '@/lib/prompts';
import { organisationPolicyItem } from '@/lib/storage/organisation-policy';
import { updatePreferences } from '@/lib/storage/settings';
import { followCoachSettings, type CoachSettings } from '@/components/sidebar/follow-coach-settings';
import { teamPack } from '@/tests/policy/team-pack';

let stop = () => undefined as void;
afterEach(() => stop());

/** The last settings reported, as the coach uses them. */
function follow() {
  let last: CoachSettings | undefined;
  stop = followCoachSettings((settings) => (last = settings));
  return () => {
    if (!last) return undefined;
    const { preferences, packs } = last;
    return {
      sensitivity: preferences.sensitivity,
      muted: preferences.mutedRules,
      jargon: preferences.customJargon,
      enabled: enabledPacks(packs, preferences.enabledPromptSets).map((pack) => pack.id),
    };
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('the coach session’s settings follow the organisation’s policy live', () => {
  it('apply managed values over the agent’s own, then the agent’s own again once the policy is gone', async () => {
    const seen = follow();
    await updatePreferences({ mutedRules: ['jargon'] });
    await until(() => seen()?.muted.includes('jargon') ?? false);
    await organisationPolicyItem.setValue({
      settings: {
        sensitivity: { value: 'high', locked: true },
        mutedRules: { value: ['excuse-busy'], locked: true },
        jargon: { value: ['RMA'], locked: false },
        promptSets: { value: [teamPack()], locked: true },
      },
      problems: [],
    });
    await until(() => seen()?.sensitivity === 'high');
    expect(seen()).toMatchObject({ sensitivity: 'high', jargon: ['RMA'] });
    expect(seen()!.muted).toEqual(expect.arrayContaining(['jargon', 'excuse-busy']));
    expect(seen()!.enabled).toContain('team-north');

    await organisationPolicyItem.removeValue();
    await until(() => seen()?.sensitivity === 'medium');
    expect(seen()).toMatchObject({ sensitivity: 'medium', muted: ['jargon'], jargon: [] });
    expect(seen()!.enabled).not.toContain('team-north');
  });
});
