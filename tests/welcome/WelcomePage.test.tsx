// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

afterEach(cleanup);

const HOSTED = ADAPTERS.filter((adapter) => adapter.matches.length > 0);
const tile = (name: string) => screen.getByRole('button', { name });
const firstRun = (upgrade?: Parameters<typeof WelcomePage>[0]['firstRun']) =>
  upgrade ?? { record: {}, dismissUpgrade: vi.fn() };

describe('Welcome page', () => {
  it('offers the 13 built-in helpdesks, none chosen while nothing is granted', async () => {
    const fake = fakeSitesEnv();
    render(<WelcomePage permissions={fake.permissions} sitesEnv={fake.env} firstRun={firstRun()} />);
    expect(HOSTED).toHaveLength(13);
    for (const adapter of HOSTED)
      await waitFor(() => expect(tile(adapter.name).getAttribute('aria-pressed')).toBe('false'));
    expect(screen.getByText(/Request Tracker, Zammad, or Chatwoot/)).toBeTruthy();
    expect(screen.getByTestId('privacy-promise').textContent).toMatch(/sends nothing anywhere/);
  });

  it('one press asks for that helpdesk alone; allowed, it is chosen and the grant is named; pressed again, it is given back', async () => {
    const fake = fakeSitesEnv();
    render(<WelcomePage permissions={fake.permissions} sitesEnv={fake.env} firstRun={firstRun()} />);
    await waitFor(() => expect((tile('Intercom') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(tile('Intercom'));
    await waitFor(() => expect(tile('Intercom').getAttribute('aria-pressed')).toBe('true'));
    expect(fake.requests).toEqual([['https://app.intercom.com/a/*']]);
    const card = tile('Intercom').closest('li')!;
    expect(card.textContent).toContain('Allowed: https://app.intercom.com (all ports)');
    expect(tile('Zendesk').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(tile('Intercom'));
    await waitFor(() => expect(tile('Intercom').getAttribute('aria-pressed')).toBe('false'));
    expect(fake.granted.size).toBe(0);
  });

  it('a refusal changes nothing and says so', async () => {
    const fake = fakeSitesEnv({ grant: false });
    render(<WelcomePage permissions={fake.permissions} sitesEnv={fake.env} firstRun={firstRun()} />);
    await waitFor(() => expect((tile('Gmail') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(tile('Gmail'));
    const card = tile('Gmail').closest('li')!;
    expect((await within(card).findByRole('alert')).textContent).toBe(
      'Access to Gmail was not allowed, so nothing changed. You can choose it again any time.',
    );
    expect(tile('Gmail').getAttribute('aria-pressed')).toBe('false');
    expect(fake.granted.size).toBe(0);
  });

  it('"another site" asks for that one host on every port and names the grant', async () => {
    const fake = fakeSitesEnv();
    render(<WelcomePage permissions={fake.permissions} sitesEnv={fake.env} firstRun={firstRun()} />);
    fireEvent.change(screen.getByLabelText('Site address'), {
      target: { value: 'rt.example.org:8443/Ticket/Display.html?id=1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Allow this site' }));
    await waitFor(() => expect(screen.getByText('https://rt.example.org (all ports)')).toBeTruthy());
    expect(fake.requests).toEqual([['https://rt.example.org/*']]);
  });

  it('after the upgrade: the kept helpdesks show chosen, the dropped ones are named to allow again, and the note closes for good', async () => {
    const fake = fakeSitesEnv();
    fake.granted.add('https://*.zendesk.com/*');
    const dismissUpgrade = vi.fn();
    const upgrade = { from: '0.1.0', at: 1, kept: ['zendesk'], needed: ['intercom'], givenBack: ['gmail'] };
    render(
      <WelcomePage
        permissions={fake.permissions}
        sitesEnv={fake.env}
        firstRun={{ record: { welcomedAt: 1, upgrade }, dismissUpgrade }}
      />,
    );
    const note = await screen.findByTestId('upgrade-note');
    expect(note.textContent).toContain('the helpdesks marked below work as before');
    expect(note.textContent).toContain('Your browser did not keep access to Intercom.');
    expect(note.textContent).toContain('You had switched off Gmail');
    await waitFor(() => expect(tile('Zendesk').getAttribute('aria-pressed')).toBe('true'));
    expect(tile('Intercom').closest('li')!.textContent).toContain('You used this before the update: allow it again.');
    fireEvent.click(within(note).getByRole('button', { name: 'Got it' }));
    expect(dismissUpgrade).toHaveBeenCalledOnce();
  });

  // Walk 2026-12-07 #2, item 3: the whole tour waited behind "Loading the tour…" while the
  // sidebar and engine loaded. Its words, its Start button and the sample ticket come with the page.
  it("shows the tour's first screen with the page, before the sidebar has loaded", async () => {
    const fake = fakeSitesEnv();
    render(<WelcomePage permissions={fake.permissions} sitesEnv={fake.env} firstRun={firstRun()} />);
    const tour = screen.getByTestId('tour');
    expect(within(tour).getByRole('heading', { level: 2 }).textContent).toBeTruthy();
    expect(within(tour).getByRole('button', { name: 'Start the tour' })).toBeTruthy();
    expect(within(tour).getByRole('article')).toBeTruthy();
    // The sidebar arrives a moment later in its own place.
    expect(within(tour).getByRole('status').textContent).toBe('The sidebar is getting ready…');
    await waitFor(() => expect(tour.querySelector('.tour-sidebar')?.shadowRoot).toBeTruthy(), { timeout: 10_000 });
  });
});
