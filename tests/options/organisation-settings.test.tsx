// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { PromptSetsPanel } from '@/components/options/PromptSetsPanel';
import { RulesPanel } from '@/components/options/RulesPanel';
import { loadAgentChoices } from '@/lib/storage/agent-choices';
import { organisationPolicyItem, type ManagedValues } from '@/lib/storage/organisation-policy';
import { loadPreferences, updatePreferences } from '@/lib/storage/settings';
import { teamPack } from '@/tests/policy/team-pack';

afterEach(cleanup);

const setPolicy = (settings: ManagedValues, problems: Array<{ path: string; problem: string }> = []) =>
  organisationPolicyItem.setValue({ settings, problems });

describe('Options with an organisation’s settings (issue 20)', () => {
  it('a locked sensitivity is shown, marked and disabled; the agent’s own value stays stored', async () => {
    await updatePreferences({ sensitivity: 'low' });
    await setPolicy({ sensitivity: { value: 'high', locked: true } });
    render(<RulesPanel />);
    const group = await screen.findByRole('group', {
      name: /How readily Heartdesk speaks up.*Set by your organisation/,
    });
    const high = within(group).getByLabelText('High: also mention milder things') as HTMLInputElement;
    expect(high.checked).toBe(true);
    expect(group.hasAttribute('disabled')).toBe(true);
    expect((await loadPreferences()).sensitivity).toBe('low');
  });

  it('an unlocked budget is a suggestion the agent may change, and their change then stays theirs', async () => {
    await setPolicy({ nudgeBudget: { value: { maxNudgesPerTicket: 12 }, locked: false } });
    render(<RulesPanel />);
    const field = (await screen.findByLabelText(
      /Most nudges per ticket.*Suggested by your organisation/,
    )) as HTMLInputElement;
    expect(field.value).toBe('12');
    expect(field.disabled).toBe(false);
    fireEvent.change(field, { target: { value: '6' } });
    await waitFor(async () => expect((await loadAgentChoices()).chosen).toEqual(['maxNudgesPerTicket']));
    await screen.findByLabelText('Most nudges per ticket');
    expect((screen.getByLabelText('Most nudges per ticket') as HTMLInputElement).value).toBe('6');
  });

  it('lists the organisation’s muted rules: a locked one without a control, an unlocked one the agent may turn off', async () => {
    await setPolicy({
      mutedRules: { value: ['excuse-busy'], locked: true },
      jargon: { value: ['RMA'], locked: false },
    });
    render(<RulesPanel />);
    const muted = (await screen.findByText('excuse-busy')).closest('li')!;
    expect(within(muted).getByText('Set by your organisation')).toBeTruthy();
    expect(within(muted).queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Turn off RMA' }));
    await waitFor(async () => expect((await loadAgentChoices()).declined.jargon).toEqual(['RMA']));
    await screen.findByRole('button', { name: 'Turn RMA back on' });
  });

  it('a locked team set is on and cannot be switched off; an unlocked one can', async () => {
    await setPolicy({ promptSets: { value: [teamPack()], locked: true } });
    render(<PromptSetsPanel />);
    const locked = (await screen.findByLabelText(/Team North.*Set by your organisation/)) as HTMLInputElement;
    expect([locked.checked, locked.disabled]).toEqual([true, true]);
    expect(screen.queryByRole('button', { name: /Edit Team North/ })).toBeNull();
    await setPolicy({ promptSets: { value: [teamPack()], locked: false } });
    const open = (await screen.findByLabelText(/Team North.*Suggested by your organisation/)) as HTMLInputElement;
    fireEvent.click(open);
    await waitFor(async () => expect((await loadAgentChoices()).declined.promptSets).toEqual(['team-north']));
  });

  it('says once what the organisation manages, what it cannot see, and what it ignored, where', async () => {
    await setPolicy({ sensitivity: { value: 'high', locked: false } }, [
      { path: 'sites.value[0]', problem: '“*.example.com” is not a web address' },
    ]);
    render(<OptionsApp startPanel="privacy" />);
    const notice = await screen.findByTestId('organisation-notice');
    expect(notice.textContent).toContain('cannot see your journal, your nudges or your stats');
    expect(within(notice).getByText('sites.value[0]')).toBeTruthy();
  });

  it('says nothing when there is no policy', async () => {
    render(<OptionsApp startPanel="privacy" />);
    await screen.findByRole('heading', { name: 'Heartdesk settings' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('organisation-notice')).toBeNull();
  });
});
