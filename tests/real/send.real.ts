import { describe, expect, it } from 'vitest';
import { typeForNudges } from '@/tests/real/composer';
import { findTickets, history, mailFromRequestor } from '@/tests/real/rt-rest';
import { rtUrl, waitForHistory } from '@/tests/real/rt-pages';
import { rtSession } from '@/tests/real/session';

// Punctuation, an apostrophe, a dash, a currency sign and digits: what an editor or a
// careless listener would mangle. The excuse makes Heartdesk visibly read the draft.
// (A policy followed by what the agent did is no longer an excuse, so this one stands alone.)
const DRAFT =
  "Hi Amira, unfortunately we can't cancel mid-cycle — it's our policy, and the €18.50 charge on 3 May stands.";

// Case 5 of issue 13: sending works and RT records exactly what was typed.
/** A ticket of its own per attempt, so sending changes no thread other files read and a retry starts clean. */
async function newCancellationTicket(apiBase: string): Promise<number> {
  // A subject unique to the attempt, so the search finds exactly this ticket.
  const subject = `Please cancel my subscription (account ${Date.now().toString(36)})`;
  mailFromRequestor(apiBase, {
    from: { name: 'Amira Haddad', email: 'amira.haddad@example.com' },
    subject,
    text: 'Hi, please cancel my subscription before it renews next month. Thanks, Amira',
    date: new Date(),
  });
  const found = await findTickets(apiBase, subject);
  if (found.length !== 1) throw new Error(`the cancellation mail made ${found.length} tickets`);
  return found[0]!;
}

// Case 5 of issue 13: sending works and RT records exactly what was typed.
describe('RT: sending a reply with Heartdesk watching the composer', () => {
  const session = rtSession();

  it('submits RT’s form, and the reply RT shows is exactly the typed text', async () => {
    const { page, rt, sidebar } = session;
    const ticket = await newCancellationTicket(rt.apiBase);
    await page.goto(rtUrl.reply(rt.origin, ticket));
    const { nudges } = await typeForNudges(page, sidebar, DRAFT);
    await session.shot('5-send-before-submit');
    expect(nudges, 'Heartdesk did not read the draft in the composer').toBeGreaterThanOrEqual(1);

    await Promise.all([page.waitForURL(/\/Ticket\/Display\.html/), page.click('input[name="SubmitTicket"]')]);
    const replies = (await history(rt.apiBase, ticket)).filter(
      (entry) => entry.type === 'Correspond' && entry.creator === 'root',
    );
    expect(replies).toHaveLength(1);
    // REST 1.0 re-wraps HTML replies at 78 columns: the display page shows the stored text as sent.
    await waitForHistory(page);
    const shown = await page
      .locator(`.transaction[data-transaction-id="${replies[0]!.id}"] .messagebody`)
      .evaluate((body) => (body as HTMLElement).innerText);
    await session.shot('5-send-after-submit');
    expect(shown.replace(/\u00a0/g, ' ').trim()).toBe(DRAFT);
    // Her "Thanks, Amira" signs off a request, not help received: the mood read her message as calm (it
    // said Grateful), and there is no thank-you to save as a win (it was offered).
    await sidebar.waitFor(
      () => sidebar.texts('.hd-muted'),
      (texts) => texts.some((text) => text.includes('Nothing stands out')),
    );
    expect(await sidebar.count('[data-signal="gratitude"]')).toBe(0);
    expect(await sidebar.count('.hd-win')).toBe(0);
  });
});
