/**
 * Issue 19, must have 4: each helpdesk's saved link keeps only what names the ticket.
 * Conventions: every adapter has a rule, and on each adapter's example URLs, dressed up
 * with a customer's data, the kept link still gives the same ticket key and none of the data.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { demoAdapter } from '@/lib/adapters/demo';
import { genericAdapter } from '@/lib/adapters/generic';
import { cleanTicketLink, LINK_RULES, ticketLinkFor, ticketLinkForTab, ticketLinkOf } from '@/lib/adapters/ticket-link';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

const ALL = [...ADAPTERS, demoAdapter];
const PERSONAL = ['dana', '4111', 'example.com', 'utm'];
const QUERY = 'customer_email=dana%40example.com&card=4111111111111111&utm_source=mail';

/**
 * An example URL with personal data added wherever the address can carry it while the
 * helpdesk still sees the same ticket: in the query, and in the fragment (after a path
 * ticket, or inside a fragment route: Zammad's ends in the ticket, Gmail's in the thread).
 */
function dressedUp(adapter: HelpdeskAdapter, url: string): string {
  const { hash } = new URL(url);
  const address = url.replace(hash, '');
  const base = `${address}${address.includes('?') ? '&' : '?'}${QUERY}`;
  if (!hash) return `${base}#email=dana@example.com`;
  const last = hash.lastIndexOf('/');
  const routes = [`${hash}/dana@example.com`, `${hash.slice(0, last)}/dana@example.com${hash.slice(last)}`];
  const key = adapter.ticketKey(new URL(url));
  return `${base}${routes.find((route) => adapter.ticketKey(new URL(`${base}${route}`)) === key)}`;
}

describe('ticket links', () => {
  it('have a rule for every helpdesk, and none for a helpdesk that is gone', () => {
    expect(Object.keys(LINK_RULES).sort()).toEqual([...ALL.map((adapter) => adapter.id), 'generic'].sort());
  });

  describe.each(ALL.map((adapter) => [adapter.id, adapter] as const))('%s', (_id, adapter) => {
    it.each(adapter.exampleUrls)('keeps the ticket of %s and drops the customer data around it', (url) => {
      const dressed = dressedUp(adapter, url);
      expect(dressed).toContain('dana@example.com');
      const link = ticketLinkOf(adapter, dressed)!;
      expect(adapter.ticketKey(new URL(link))).toBe(adapter.ticketKey(new URL(url)));
      for (const part of PERSONAL) expect(link).not.toContain(part);
    });
  });

  it('opens a Gmail thread found through a search from All Mail, without the search', () => {
    const link = cleanTicketLink(
      ADAPTERS,
      'https://mail.google.com/mail/u/0/#search/dana%40example.com/FMfcgzQXJWbpTkqZvLsrNcHdWmPtBxRs',
    );
    expect(link).toBe('https://mail.google.com/mail/u/0/#all/FMfcgzQXJWbpTkqZvLsrNcHdWmPtBxRs');
  });

  it('gives no link for a page of a known helpdesk that is not a ticket view', () => {
    expect(
      ticketLinkFor(ADAPTERS, 'https://acme.zendesk.com/agent/filters/123?email=dana@example.com'),
    ).toBeUndefined();
    expect(cleanTicketLink(ADAPTERS, 'https://acme.zendesk.com/agent/filters/123')).toBeUndefined();
  });

  it('uses the generic rule for a custom site', () => {
    const site = genericAdapter('https://help.example.org');
    expect(ticketLinkFor([site], 'https://help.example.org/Ticket/Display.html?id=42&email=dana%40x.org')).toBe(
      'https://help.example.org/Ticket/Display.html?id=42',
    );
    expect(cleanTicketLink(ADAPTERS, 'https://help.example.org/Ticket/Display.html?id=42&email=dana%40x.org')).toBe(
      'https://help.example.org/Ticket/Display.html?id=42',
    );
    expect(cleanTicketLink(ADAPTERS, 'file:///tmp/ticket.html')).toBeUndefined();
  });
});

describe("the popup's link for the current tab", () => {
  const RT = 'http://rt.example.test:8080';

  it.each([
    // The generic rule keeps `Action` (OTRS names its views with it) and joins with "&".
    [`${RT}/Ticket/Update.html?Action=Respond;id=42`, `${RT}/Ticket/Update.html?Action=Respond&id=42`],
    [`${RT}/Ticket/Display.html?id=42&results=abc`, `${RT}/Ticket/Display.html?id=42`],
    [
      `${RT}/Ticket/Update.html?id=42;Action=Respond;DefaultStatus=open`,
      `${RT}/Ticket/Update.html?id=42&Action=Respond`,
    ],
  ])("keeps the ticket id of a page on the agent's own site: %s", (url, expected) => {
    expect(ticketLinkForTab(ADAPTERS, url, [RT])).toBe(expected);
  });

  it('gives no link for a page on a site the agent did not add, or a page naming no ticket', () => {
    expect(ticketLinkForTab(ADAPTERS, `${RT}/Ticket/Display.html?id=42`, ['http://other.test'])).toBeUndefined();
    expect(ticketLinkForTab(ADAPTERS, `${RT}/index.html`, [RT])).toBeUndefined();
    expect(ticketLinkForTab(ADAPTERS, 'not a url', [RT])).toBeUndefined();
  });

  it("uses a known helpdesk's own rule first", () => {
    const url = 'https://acme.zendesk.com/agent/tickets/311?customer_email=dana%40example.com';
    expect(ticketLinkForTab(ADAPTERS, url, [])).toBe(ticketLinkFor(ADAPTERS, url));
    expect(ticketLinkForTab(ADAPTERS, url, [])).toBe('https://acme.zendesk.com/agent/tickets/311');
  });
});
