// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UseOnThisSite } from '@/components/popup/UseOnThisSite';
import { loadPreferences, updatePreferences } from '@/lib/storage/settings';
import { fakeSitesEnv } from '@/tests/sites/fake-sites-env';

afterEach(cleanup);

const at = (url: string | undefined) => async () => url;

describe('“Use Heartdesk on this site” in the popup', () => {
  it('on a helpdesk not yet allowed: says what the sidebar reads, and one click asks for this company’s helpdesk only', async () => {
    const fake = fakeSitesEnv();
    render(
      <UseOnThisSite
        currentUrl={at('https://acme.zendesk.com/agent/tickets/9')}
        permissions={fake.permissions}
        sitesEnv={fake.env}
      />,
    );
    expect((await screen.findByText('Heartdesk is not on for Zendesk at acme.zendesk.com yet.')).tagName).toBe('P');
    expect(screen.getByText(/the customer's messages and your draft/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use Heartdesk on this site' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Heartdesk works on acme.zendesk.com now'),
    );
    expect(fake.requests).toEqual([['https://acme.zendesk.com/agent/*']]);
  });

  it('on another site: one click grants that origin and lists it as one of the agent’s sites', async () => {
    const fake = fakeSitesEnv();
    render(
      <UseOnThisSite
        currentUrl={at('http://127.0.0.1:8090/Ticket/Display.html?id=3')}
        permissions={fake.permissions}
        sitesEnv={fake.env}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Use Heartdesk on this site' }));
    await waitFor(() =>
      expect(fake.stored()).toEqual([{ origin: 'http://127.0.0.1:8090', addedAt: 1_700_000_000_000 }]),
    );
    expect(fake.requests).toEqual([['http://127.0.0.1/*']]);
  });

  it('a refusal changes nothing and says so', async () => {
    const fake = fakeSitesEnv({ grant: false });
    render(
      <UseOnThisSite
        currentUrl={at('https://support.example.com/t/1')}
        permissions={fake.permissions}
        sitesEnv={fake.env}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Use Heartdesk on this site' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Access was not allowed, so nothing changed.');
    expect(fake.stored()).toEqual([]);
    expect(fake.granted.size).toBe(0);
  });

  it('turning on a helpdesk the agent had switched off also clears the switch', async () => {
    const fake = fakeSitesEnv();
    await updatePreferences({ disabledHelpdesks: ['intercom'] });
    render(
      <UseOnThisSite
        currentUrl={at('https://app.intercom.com/a/inbox/1')}
        permissions={fake.permissions}
        sitesEnv={fake.env}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Use Heartdesk on this site' }));
    await waitFor(async () => expect((await loadPreferences()).disabledHelpdesks).toEqual([]));
  });

  it('shows nothing where Heartdesk already runs, or where it cannot run', async () => {
    const fake = fakeSitesEnv();
    fake.granted.add('https://*.zendesk.com/*');
    for (const url of ['https://acme.zendesk.com/agent/tickets/9', 'chrome://extensions', undefined]) {
      const { container, unmount } = render(
        <UseOnThisSite currentUrl={at(url)} permissions={fake.permissions} sitesEnv={fake.env} />,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(container.textContent).toBe('');
      unmount();
    }
  });
});
