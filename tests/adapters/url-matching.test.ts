import { describe, expect, test } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { adapterForUrl, matchesUrl } from '@/lib/adapters/match-url';
import { onOwnServer } from '@/lib/adapters/self-hosted';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** As the detector uses it: a self-hosted-only adapter (no patterns) is bound to the page's own server. */
const asUsedOn = (adapter: HelpdeskAdapter, url: string) =>
  adapter.matches.length === 0 ? onOwnServer(adapter, new URL(url).origin) : adapter;

/** Cross-negatives in the style of github-url-detection: own example URLs match, everyone else's do not. */

const NOT_TICKET_VIEWS: Record<string, string[]> = {
  chatwoot: [
    'https://app.chatwoot.com/app/accounts/3/dashboard',
    'https://app.chatwoot.com/app/accounts/3/contacts/12',
  ],
  freshdesk: [
    'https://acme.freshdesk.com/a/dashboard/default',
    'https://acme.freshdesk.com/a/tickets/filters/all_tickets',
  ],
  front: ['https://app.frontapp.com/inboxes/shared/support/open', 'https://app.frontapp.com/settings'],
  gmail: ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/mail/u/0/#label/Support'],
  gorgias: ['https://acme.gorgias.com/app/tickets', 'https://acme.gorgias.com/app/views/123'],
  helpscout: ['https://secure.helpscout.net/mailbox/12345/', 'https://secure.helpscout.net/dashboard/'],
  hubspot: [
    'https://app.hubspot.com/help-desk/21635735/view/95291824',
    'https://app.hubspot.com/contacts/21635735/ticket/298',
  ],
  intercom: [
    'https://app.intercom.com/a/inbox/abc123xy/inbox/shared/all',
    'https://app.intercom.com/a/apps/abc123xy/home',
  ],
  'request-tracker': [
    "https://rt.example.org/Search/Results.html?Query=Queue%20%3D%20'General'",
    'https://rt.example.org/Ticket/Create.html?Queue=1',
  ],
  'jira-service-management': [
    'https://acme.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1',
    'https://acme.atlassian.net/jira/software/projects/DEV/boards/2/DEV-4',
  ],
  salesforce: [
    'https://acme.lightning.force.com/lightning/o/Case/list',
    'https://acme.lightning.force.com/lightning/r/Account/001Qk00000C8gxeIAB/view',
  ],
  zammad: ['https://acme.zammad.com/#dashboard', 'https://acme.zammad.com/#ticket/view/my_tickets'],
  zendesk: ['https://acme.zendesk.com/agent/dashboard', 'https://acme.zendesk.com/agent/users/55/requested_tickets'],
  'zoho-desk': [
    'https://desk.zoho.com/agent/acme/support/tickets/list/all-cases',
    'https://desk.zoho.com/agent/acme/support/dashboard',
  ],
};

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s URLs', (id, adapter) => {
  test('its example URLs are ticket views it matches', () => {
    expect(adapter.exampleUrls.length).toBeGreaterThanOrEqual(2);
    for (const url of adapter.exampleUrls) {
      expect(matchesUrl(asUsedOn(adapter, url), url), url).toBe(true);
      expect(asUsedOn(adapter, url).ticketKey(new URL(url)), url).toMatch(new RegExp(`^${id}:`));
    }
  });

  test("no other adapter's example URL matches it or yields a ticket key", () => {
    for (const other of ADAPTERS.filter((candidate) => candidate !== adapter)) {
      for (const url of other.exampleUrls) {
        expect(matchesUrl(adapter, url), `${id} must not match ${url}`).toBe(false);
        expect(adapter.ticketKey(new URL(url)), `${id} must not key ${url}`).toBeNull();
      }
    }
  });

  test('pages of the helpdesk that are not a ticket view have no ticket key', () => {
    const urls = NOT_TICKET_VIEWS[id] ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(adapter.ticketKey(new URL(url)), url).toBeNull();
  });
});

test('a redirected legacy URL and its new form name the same ticket', () => {
  const intercom = ADAPTERS.find((adapter) => adapter.id === 'intercom')!;
  const [current, legacy] = intercom.exampleUrls.map((url) => intercom.ticketKey(new URL(url)));
  expect(current).toBe(legacy);
});

test('a look-alike host does not match (suffix check)', () => {
  const zendesk = ADAPTERS.find((adapter) => adapter.id === 'zendesk')!;
  expect(matchesUrl(zendesk, 'https://acme.zendesk.com.evil.test/agent/tickets/1')).toBe(false);
  expect(zendesk.ticketKey(new URL('https://acme.zendesk.com.evil.test/agent/tickets/1'))).toBeNull();
});

test('every example URL picks its own adapter, and an unknown site none', () => {
  for (const adapter of ADAPTERS) {
    // Self-hosted-only adapters claim no address: the page itself picks them (self-hosted.ts).
    const expected = adapter.matches.length === 0 ? undefined : adapter.id;
    for (const url of adapter.exampleUrls) expect(adapterForUrl(url)?.id, url).toBe(expected);
  }
  expect(adapterForUrl('https://desk.example.test/tickets/1')).toBeNull();
});
