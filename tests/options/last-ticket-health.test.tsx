// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LastTicketHealth } from '@/components/options/LastTicketHealth';
import { HealthCheck } from '@/components/options/HealthCheck';
import type { HealthEntry } from '@/lib/sites/health';

afterEach(cleanup);

const entry = (patch: Partial<HealthEntry>): HealthEntry => ({
  adapterId: 'request-tracker',
  site: 'rt.example.org:8190',
  ticketFound: true,
  composerFound: false,
  customerMessageFound: true,
  support: 'full',
  tabId: 1,
  updatedAt: 1,
  customerMessageCount: 2,
  composerKind: '',
  messagesFrom: 'page',
  ...patch,
});

describe('LastTicketHealth (options, Sites)', () => {
  it('shows per site how many customer messages the last ticket gave and what the reply box was', () => {
    render(
      <LastTicketHealth
        entries={[
          entry({ tabId: 1, updatedAt: 1 }),
          entry({
            tabId: 2,
            updatedAt: 7,
            composerFound: true,
            composerKind: 'ckeditor4',
            customerMessageCount: 3,
            closed: true,
          }),
          entry({
            tabId: 3,
            updatedAt: 4,
            adapterId: 'generic',
            site: 'help.example.org',
            customerMessageCount: 0,
            customerMessageFound: false,
          }),
          entry({ tabId: 4, updatedAt: 9, ticketFound: false }),
        ]}
      />,
    );
    const rows = [...screen.getByTestId('last-ticket-health').querySelectorAll(':scope > ul > li')] as HTMLElement[];
    expect(rows.map((row) => row.dataset.site)).toEqual(['rt.example.org:8190', 'help.example.org']);
    expect(rows[0]!.textContent).toContain('Request Tracker · rt.example.org:8190');
    expect(rows[0]!.textContent).toContain('Customer messages read: 3');
    expect(rows[0]!.textContent).toContain('Reply box: CKEditor 4');
    expect(rows[1]!.textContent).toContain('Customer messages read: 0');
    expect(rows[1]!.textContent).toContain('Reply box: not open');
  });

  it('says where the messages came from when not from the page itself, and when a note was open', () => {
    render(<LastTicketHealth entries={[entry({ messagesFrom: 'earlier', noteOpen: true })]} />);
    expect(screen.getByText(/read on the ticket's own page before/)).toBeTruthy();
    expect(screen.getByText('An internal note was open, not a reply box.')).toBeTruthy();
  });

  it('says nothing was opened yet', () => {
    render(<LastTicketHealth entries={[]} />);
    expect(screen.getByText(/No ticket opened yet/)).toBeTruthy();
  });
});

describe('HealthCheck open tabs', () => {
  it('leaves closed tabs out of the open tabs list', async () => {
    render(
      <HealthCheck load={async () => [entry({ tabId: 1 }), entry({ tabId: 2, closed: true })]} refreshMs={60_000} />,
    );
    await screen.findByText('Request Tracker');
    expect(screen.getByTestId('health-check').querySelectorAll('li[data-adapter]')).toHaveLength(1);
  });
});
