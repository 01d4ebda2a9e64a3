/**
 * Issue 19, must haves 3 and 4, at the journal's door: whatever a content script sends,
 * the stored quote is redacted and the stored link keeps only what names the ticket.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { JournalDatabase } from '@/lib/db/database';

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

/** Saves a customer's thank-you the way the sidebar sends it, and reads back what was stored. */
async function saveFromSidebar(id: string, text: string, ticketUrl: string) {
  const handlers = createHandlers({ db: () => db, injectSidebar: async () => undefined });
  await handlers['sidebar→background:save-win']({ id, text, kind: 'thank-you', ticketUrl }, {
    tab: { id: 1 },
  } as never);
  const [win] = await db.wins.toArray();
  return win;
}

describe('saving a win from the sidebar', () => {
  it('stores the quote redacted and the link without personal data, even when the sender did neither', async () => {
    const win = await saveFromSidebar(
      'abcdef1234567890',
      'Thank you! Card 4111 1111 1111 1111, mail dana@müller.de',
      'https://acme.zendesk.com/agent/tickets/7?customer_email=dana%40m%C3%BCller.de#card=4111',
    );
    expect(win).toMatchObject({
      text: 'Thank you! Card [card], mail [email]',
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/7',
      source: 'sidebar',
    });
  });

  // Walk 2026-12-07 #7, item 6: the saved quote kept the customer's signature.
  it('keeps the customer’s words without their signature', async () => {
    const win = await saveFromSidebar(
      'abcdef1234567891',
      'It arrived this morning and works perfectly. I really appreciate your help! Priya',
      'https://acme.zendesk.com/agent/tickets/7',
    );
    expect(win?.text).toBe('It arrived this morning and works perfectly. I really appreciate your help!');
  });
});
