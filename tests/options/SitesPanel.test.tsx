// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters';
import { SitesPanel } from '@/components/options/SitesPanel';
import { t } from '@/lib/i18n';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { loadPreferences, updatePreferences } from '@/lib/storage/settings';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

afterEach(cleanup);

function fakeAdapter(
  id: string,
  name: string,
  support: HelpdeskAdapter['support'],
  extra: object = {},
): HelpdeskAdapter {
  return {
    id,
    name,
    support,
    matches: [`https://*.${id}.test/app/*`],
    exampleUrls: [],
    ticketKey: () => null,
    activeTicketScope: () => null,
    findComposer: () => null,
    findThread: () => null,
    customerMessages: () => [],
    ...extra,
  };
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-helpdesk="${id}"]`)!;

describe('Sites panel', () => {
  it('lists every hosted helpdesk of the real registry, all off while nothing is granted', async () => {
    const fake = fakeSitesEnv();
    render(<SitesPanel permissions={fake.permissions} />);
    for (const adapter of ADAPTERS.filter((candidate) => candidate.matches.length > 0)) {
      expect(((await screen.findByLabelText(adapter.name)) as HTMLInputElement).checked).toBe(false);
      expect(rowOf(adapter.id).textContent).toContain(`Off. Heartdesk has no access to ${adapter.name}.`);
    }
  });

  it("shows each helpdesk's note in the agent's words, one point per line, under that helpdesk only", async () => {
    const fake = fakeSitesEnv();
    render(<SitesPanel permissions={fake.permissions} />);
    await screen.findByLabelText('Zendesk');
    const points = within(rowOf('front'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(points).toEqual(t('options_helpdeskNoteFront').split('\n'));
    expect(points[1]).toMatch(/^If it picks the wrong message, or finds none, click “Point it out” in the sidebar/);
    expect(within(rowOf('zendesk')).queryAllByRole('listitem')).toEqual([]);
    const tab = document.body.textContent ?? '';
    expect(tab).not.toMatch(/options_helpdeskNote|generic detection|editable|public code|isolated script/);
  });

  it('offers no switch for a self-hosted-only product: it has no address of its own to allow', async () => {
    const fake = fakeSitesEnv();
    render(<SitesPanel permissions={fake.permissions} />);
    await screen.findByLabelText('Zendesk');
    expect(screen.queryByLabelText('Request Tracker')).toBeNull();
  });

  it("still tells a self-hosted-only product's users what to expect, under Other sites", async () => {
    const fake = fakeSitesEnv();
    render(<SitesPanel permissions={fake.permissions} />);
    await screen.findByLabelText('Zendesk');
    const otherSites = screen.getByRole('region', { name: 'Other sites' });
    const requestTracker = otherSites.querySelector<HTMLElement>('[data-self-hosted="request-tracker"]')!;
    expect(requestTracker.textContent).toContain('Request Tracker');
    expect(
      within(requestTracker)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(t('options_helpdeskNoteRequestTracker').split('\n'));
  });

  it('turning one on asks for that helpdesk alone and names the grant; off gives it back', async () => {
    const fake = fakeSitesEnv();
    const adapters = [
      fakeAdapter('zendesk', 'Zendesk', 'full'),
      fakeAdapter('front', 'Front', 'limited', { noteKey: 'options_helpdeskNoteFront' }),
    ];
    render(<SitesPanel adapters={adapters} permissions={fake.permissions} />);
    const front = (await screen.findByLabelText('Front')) as HTMLInputElement;
    expect(screen.getByText('Limited support')).toBeTruthy();
    fireEvent.click(front);
    await waitFor(() => expect(front.checked).toBe(true));
    expect(fake.requests).toEqual([['https://*.front.test/app/*']]);
    expect(rowOf('front').textContent).toContain(
      'On. Access allowed: https://*.front.test (every front.test site, all ports).',
    );
    expect((screen.getByLabelText('Zendesk') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(front);
    await waitFor(() => expect(front.checked).toBe(false));
    expect(fake.granted.size).toBe(0);
  });

  it('a grant the browser will not give back (required by the build, or by policy) switches the helpdesk off here instead', async () => {
    const fake = fakeSitesEnv();
    fake.granted.add('https://*.zendesk.test/*');
    const permissions = {
      ...fake.permissions,
      remove: () => Promise.reject(new Error('You cannot remove required permissions.')),
    };
    render(<SitesPanel adapters={[fakeAdapter('zendesk', 'Zendesk', 'full')]} permissions={permissions} />);
    const zendesk = (await screen.findByLabelText('Zendesk')) as HTMLInputElement;
    await waitFor(() => expect(zendesk.checked).toBe(true));
    fireEvent.click(zendesk);
    await waitFor(() => expect(zendesk.checked).toBe(false));
    expect((await loadPreferences()).disabledHelpdesks).toContain('zendesk');
    expect(rowOf('zendesk').dataset.access).toBe('switched-off');
    expect(fake.granted.has('https://*.zendesk.test/*')).toBe(true);
  });

  it('a refusal changes nothing and says so', async () => {
    const fake = fakeSitesEnv({ grant: false });
    render(<SitesPanel adapters={[fakeAdapter('zendesk', 'Zendesk', 'full')]} permissions={fake.permissions} />);
    fireEvent.click(await screen.findByLabelText('Zendesk'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Access to Zendesk was not allowed, so nothing changed. You can choose it again any time.',
    );
    expect((screen.getByLabelText('Zendesk') as HTMLInputElement).checked).toBe(false);
  });

  it('a helpdesk switched off in an older version but still granted offers the access back; turning it on clears the switch', async () => {
    const fake = fakeSitesEnv();
    fake.granted.add('https://*.zendesk.test/*');
    await updatePreferences({ disabledHelpdesks: ['zendesk'] });
    render(<SitesPanel adapters={[fakeAdapter('zendesk', 'Zendesk', 'full')]} permissions={fake.permissions} />);
    const row = await waitFor(() => {
      expect(rowOf('zendesk').dataset.access).toBe('switched-off');
      return rowOf('zendesk');
    });
    expect(row.textContent).toContain('Switched off, but your browser still allows access');
    fireEvent.click(screen.getByLabelText('Zendesk'));
    await waitFor(async () => expect((await loadPreferences()).disabledHelpdesks).toEqual([]));
    await waitFor(() => expect(rowOf('zendesk').dataset.access).toBe('on'));
    fireEvent.click(within(rowOf('zendesk')).getByLabelText('Zendesk'));
    await waitFor(() => expect(fake.granted.size).toBe(0));
  });

  it('renders the slots: health check per helpdesk and custom sites', async () => {
    render(
      <SitesPanel
        adapters={[fakeAdapter('zendesk', 'Zendesk', 'full')]}
        permissions={fakeSitesEnv().permissions}
        renderHealth={(adapter) => <span data-testid="health">{adapter.id}</span>}
        customSites={<div data-testid="custom-sites" />}
      />,
    );
    expect((await screen.findByTestId('health')).textContent).toBe('zendesk');
    expect(screen.getByTestId('custom-sites')).toBeTruthy();
  });
});
