// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters';
import { SitesPanel } from '@/components/options/SitesPanel';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { loadPreferences } from '@/lib/storage/settings';

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
    matches: [],
    exampleUrls: [],
    ticketKey: () => null,
    activeTicketScope: () => null,
    findComposer: () => null,
    findThread: () => null,
    customerMessages: () => [],
    ...extra,
  };
}

describe('Sites panel', () => {
  it('lists every built-in helpdesk of the real registry, each with a switch', async () => {
    render(<SitesPanel />);
    for (const adapter of ADAPTERS) {
      expect(((await screen.findByLabelText(adapter.name)) as HTMLInputElement).checked).toBe(true);
    }
  });

  it('switches a helpdesk off and on, writing disabledHelpdesks', async () => {
    const adapters = [
      fakeAdapter('zendesk', 'Zendesk', 'full'),
      fakeAdapter('front', 'Front', 'limited', { limitations: 'Reads the draft only' }),
    ];
    render(<SitesPanel adapters={adapters} />);
    const front = (await screen.findByLabelText('Front')) as HTMLInputElement;
    expect(front.checked).toBe(true);
    expect(screen.getByText('Limited support')).toBeTruthy();
    expect(screen.getByText('Full support')).toBeTruthy();
    expect(screen.getByText('Reads the draft only')).toBeTruthy();
    fireEvent.click(front);
    await waitFor(async () => expect((await loadPreferences()).disabledHelpdesks).toEqual(['front']));
    await waitFor(() => expect(front.checked).toBe(false));
    fireEvent.click(front);
    await waitFor(async () => expect((await loadPreferences()).disabledHelpdesks).toEqual([]));
  });

  it('renders the slots the lead wires: health check per helpdesk and custom sites', async () => {
    render(
      <SitesPanel
        adapters={[fakeAdapter('zendesk', 'Zendesk', 'full')]}
        renderHealth={(adapter) => <span data-testid="health">{adapter.id}</span>}
        customSites={<div data-testid="custom-sites" />}
      />,
    );
    expect((await screen.findByTestId('health')).textContent).toBe('zendesk');
    expect(screen.getByTestId('custom-sites')).toBeTruthy();
  });
});
