// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { demoAdapter } from '@/lib/adapters/demo';
import { matchesUrl } from '@/lib/adapters/match-url';

// The shape tests/demo/site/app.js renders for a ticket.
const DEMO_TICKET = `
  <nav class="hd-ticket-list"><a href="/demo/tickets/102" data-ticket-link="102">Other</a></nav>
  <main class="hd-ticket" data-ticket-id="101" data-active="true">
    <ol class="hd-thread">
      <li class="hd-message" data-author-role="customer"><div class="hd-message-body">Where is my desk?</div></li>
      <li class="hd-message" data-author-role="agent"><div class="hd-message-body">Checking now.</div></li>
      <li class="hd-message" data-author-role="customer"><div class="hd-message-body">Third time asking!</div></li>
    </ol>
    <div class="hd-composer"><div contenteditable="true" role="textbox" class="hd-reply"></div></div>
  </main>`;

describe('demo helpdesk adapter', () => {
  beforeEach(() => {
    document.body.innerHTML = DEMO_TICKET;
  });

  it('finds the reply box and only the customer’s messages, oldest first', () => {
    const scope = demoAdapter.activeTicketScope(document)!;
    expect(demoAdapter.findComposer(scope)?.className).toBe('hd-reply');
    expect(demoAdapter.customerMessages(scope).map((message) => message.text)).toEqual([
      'Where is my desk?',
      'Third time asking!',
    ]);
  });

  it('knows ticket views from other pages of the demo', () => {
    expect(demoAdapter.ticketKey(new URL('http://127.0.0.1:4173/demo/tickets/101'))).toBe('101');
    expect(demoAdapter.ticketKey(new URL('http://127.0.0.1:4173/demo/'))).toBeNull();
  });

  it('is never part of the store registry, and no helpdesk adapter matches its URLs', () => {
    expect(ADAPTERS).not.toContain(demoAdapter);
    // Vitest runs without the demo build flag, like a store build.
    expect(activeAdapters).not.toContain(demoAdapter);
    for (const adapter of ADAPTERS) {
      for (const url of demoAdapter.exampleUrls) expect(matchesUrl(adapter, url)).toBe(false);
    }
  });
});
