// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CustomSites } from '@/components/shared/CustomSites';
import { AdapterHealth, HealthCheck } from '@/components/options/HealthCheck';
import type { HealthEntry } from '@/lib/sites/health';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

afterEach(cleanup);

const entry = (patch: Partial<HealthEntry>): HealthEntry => ({
  adapterId: 'zendesk',
  site: '',
  ticketFound: true,
  composerFound: true,
  customerMessageFound: true,
  support: 'full',
  tabId: 1,
  updatedAt: 1,
  ...patch,
});

describe('HealthCheck', () => {
  it('shows each helpdesk tab with its checks and what is in the way', async () => {
    const load = async () => [
      entry({ tabId: 1, updatedAt: 1 }),
      entry({
        tabId: 2,
        updatedAt: 2,
        adapterId: 'generic',
        site: 'support.example.com',
        support: 'limited',
        composerFound: false,
      }),
    ];
    render(<HealthCheck load={load} refreshMs={60_000} />);
    const rowsOf = () => screen.getByTestId('health-check').querySelectorAll('li[data-adapter]');
    await waitFor(() => expect(rowsOf()).toHaveLength(2));
    const rows = rowsOf();
    const [custom, zendesk] = [...rows] as HTMLElement[];
    expect(within(custom!).getByText('support.example.com')).toBeTruthy();
    expect(custom!.textContent).toContain('Limited support');
    expect(custom!.querySelector('[data-ok="false"]')?.textContent).toContain('Reply box found');
    expect(custom!.textContent).toContain('No reply box found yet');
    expect(zendesk!.textContent).toContain('Zendesk');
    expect(zendesk!.textContent).toContain('Working: the sidebar reads this ticket.');
  });

  it('never shows an internal id: a helpdesk this build does not know is named by its address', async () => {
    render(
      <HealthCheck
        load={async () => [entry({ adapterId: 'retired-helpdesk', site: 'desk.example.com' })]}
        refreshMs={60_000}
      />,
    );
    const row = await waitFor(() => {
      const found = screen.getByTestId('health-check').querySelector<HTMLElement>('li[data-adapter]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(within(row).getByText('desk.example.com')).toBeTruthy();
    expect(row.textContent).not.toContain('retired-helpdesk');
  });

  it('says when no tab reported, and when the tabs cannot be checked says so kindly, without the browser’s wording', async () => {
    const { unmount } = render(<HealthCheck load={async () => []} refreshMs={60_000} />);
    expect(await screen.findByText(/No helpdesk tab reported yet/)).toBeTruthy();
    unmount();
    render(
      <HealthCheck
        load={async () => {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }}
        refreshMs={60_000}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Heartdesk could not check your helpdesk tabs just now. It tries again every few seconds.',
    );
  });
});

describe('AdapterHealth (the per-helpdesk slot of the Sites panel)', () => {
  it('shows only that helpdesk’s tabs, and nothing when none is open', () => {
    const entries = [entry({ tabId: 1 }), entry({ tabId: 2, adapterId: 'intercom', customerMessageFound: false })];
    const { container, rerender } = render(<AdapterHealth adapterId="intercom" entries={entries} />);
    expect(container.querySelectorAll('li[data-adapter]')).toHaveLength(1);
    expect(container.textContent).toContain("customer's message was not found");
    rerender(<AdapterHealth adapterId="gmail" entries={entries} />);
    expect(container.textContent).toBe('');
  });
});

describe('CustomSites', () => {
  const type = (value: string) => {
    fireEvent.change(screen.getByLabelText('Site address'), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
  };

  it('adds a site: asks for that origin, stores it and lists it', async () => {
    const fake = fakeSitesEnv();
    render(<CustomSites env={fake.env} />);
    expect(await screen.findByText('No sites added yet.')).toBeTruthy();
    type('support.example.com/tickets/4');
    expect((await screen.findByRole('status')).textContent).toBe(
      'Allowed: https://support.example.com (all ports). Open a ticket there and the sidebar appears, in tabs already open too.',
    );
    expect(fake.requests).toEqual([['https://support.example.com/*']]);
    expect(fake.stored().map((site) => site.origin)).toEqual(['https://support.example.com']);
    await waitFor(() => expect(screen.getByText('https://support.example.com (all ports)')).toBeTruthy());
  });

  it('names the grant exactly: a second port of a listed host is already covered, and listed once (issue 13.6)', async () => {
    const fake = fakeSitesEnv();
    render(<CustomSites env={fake.env} />);
    type('http://127.0.0.1:8090');
    await waitFor(() => expect(screen.getByText('http://127.0.0.1 (all ports)')).toBeTruthy());
    type('http://127.0.0.1:8091/tickets');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        '127.0.0.1:8091 is already covered: Heartdesk has access to http://127.0.0.1 (all ports).',
      ),
    );
    expect(fake.stored().map((site) => site.origin)).toEqual(['http://127.0.0.1:8090']);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('explains a refused address or a helpdesk that is already supported, without asking the browser', async () => {
    const fake = fakeSitesEnv();
    render(<CustomSites env={fake.env} />);
    type('*.example.com');
    expect((await screen.findByRole('alert')).textContent).toContain('Enter a web address');
    type('acme.zendesk.com');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('already supports'));
    expect(fake.requests).toEqual([]);
  });

  it('says so when access is declined, and removes a site with its permission', async () => {
    const declined = fakeSitesEnv({ grant: false });
    const { unmount } = render(<CustomSites env={declined.env} />);
    type('support.example.com');
    expect((await screen.findByRole('alert')).textContent).toContain('not allowed');
    unmount();

    const fake = fakeSitesEnv();
    render(<CustomSites env={fake.env} />);
    type('support.example.com');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.getByText('No sites added yet.')).toBeTruthy());
    expect(fake.stored()).toEqual([]);
    expect(fake.granted.size).toBe(0);
  });

  it('offers to allow access again for a site whose permission was revoked', async () => {
    const fake = fakeSitesEnv();
    await fake.env.save([{ origin: 'https://support.example.com', addedAt: 1, needsAccess: true }]);
    render(<CustomSites env={fake.env} />);
    expect(await screen.findByText('Access needed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access again' }));
    await waitFor(() => expect(fake.stored()[0]?.needsAccess).toBeUndefined());
    expect(fake.requests).toEqual([['https://support.example.com/*']]);
  });
});
