// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { enabledPacks } from '@/lib/prompts';
import { organisationPolicyItem } from '@/lib/storage/organisation-policy';
import { useCustomPacks, usePreferences } from '@/components/shared/use-stored-settings';
import { teamPack } from '@/tests/policy/team-pack';

afterEach(cleanup);

/** What these hooks give (the sidebar's coach session follows the same merge: tests/sidebar/follow-coach-settings.test.ts). */
function SidebarInputs() {
  const preferences = usePreferences().preferences;
  const packs = useCustomPacks();
  if (!preferences || !packs) return null;
  const enabled = enabledPacks(packs, preferences.enabledPromptSets).map((pack) => pack.id);
  return (
    <output>
      {JSON.stringify({
        sensitivity: preferences.sensitivity,
        muted: preferences.mutedRules,
        jargon: preferences.customJargon,
        enabled,
      })}
    </output>
  );
}

const shown = () => JSON.parse(screen.getByRole('status').textContent ?? '{}');

describe('the sidebar’s settings hooks follow the organisation’s policy live', () => {
  it('apply managed values, then the agent’s own again once the policy is gone', async () => {
    render(<SidebarInputs />);
    await screen.findByRole('status');
    await organisationPolicyItem.setValue({
      settings: {
        sensitivity: { value: 'high', locked: true },
        mutedRules: { value: ['excuse-busy'], locked: true },
        jargon: { value: ['RMA'], locked: false },
        promptSets: { value: [teamPack()], locked: true },
      },
      problems: [],
    });
    await waitFor(() =>
      expect(shown()).toMatchObject({ sensitivity: 'high', muted: ['excuse-busy'], jargon: ['RMA'] }),
    );
    expect(shown().enabled).toContain('team-north');
    await organisationPolicyItem.removeValue();
    await waitFor(() => expect(shown()).toMatchObject({ sensitivity: 'medium', muted: [], jargon: [] }));
    expect(shown().enabled).not.toContain('team-north');
  });
});
