import { describe, expect, it } from 'vitest';
import { message } from '@/tests/real/messages';
import { composerFrame, rtUrl, waitForHistory } from '@/tests/real/rt-pages';
import { rtSession } from '@/tests/real/session';
import { allEvidence, squash, waitForSignal } from '@/tests/real/sidebar-view';
import { ownWords, ticketNamed, TICKETS } from '@/tests/real/tickets';

/** Everything the requestor wrote themselves on this ticket, quotes of earlier mail left out. */
function requestorWords(name: (typeof TICKETS)[number]['name']): string {
  const steps = ticketNamed(name).steps.filter((step) => step.by === 'requestor');
  return squash(steps.map((step) => ownWords(step.text)).join('\n'));
}

// Case 2 of issue 13: only the requestor's messages are read — not staff replies,
// form rows, mail headers or quoted history. Each check first requires that the
// sidebar read something, so a sidebar that reads nothing cannot pass.
describe("RT: the sidebar reads only the requestor's own words", () => {
  const session = rtSession();

  const openDisplay = async (name: (typeof TICKETS)[number]['name']) => {
    const { page, rt } = session;
    await page.goto(rtUrl.display(rt.origin, rt.tickets[name]));
    await waitForHistory(page);
  };

  it.each(TICKETS.map((ticket) => [ticket.name, ticket.expectedSignal] as const))(
    '%s ticket: every word the sidebar quotes as evidence is the requestor’s own',
    async (name, signal) => {
      await openDisplay(name);
      const mood = await waitForSignal(session.sidebar, signal);
      await session.shot(`2-evidence-${name}`);
      const evidence = allEvidence(mood);
      expect(evidence.length, `no evidence shown; the mood section said: "${mood.text}"`).toBeGreaterThan(0);
      const own = requestorWords(name);
      for (const words of evidence) expect(own, `evidence "${words}" is not the requestor's`).toContain(squash(words));
    },
  );

  it("angry ticket: the staff reply's thanks are not taken for the customer's gratitude", async () => {
    await openDisplay('angry');
    const mood = await waitForSignal(session.sidebar, 'frustration');
    expect(mood.signals.frustration, `the mood section said: "${mood.text}"`).toBeDefined();
    expect(mood.signals.gratitude, 'gratitude shown: only the staff reply says thanks').toBeUndefined();
    expect(await session.sidebar.count('.hd-win'), 'a thank-you win offered on the angry ticket').toBe(0);
  });

  it('quoted ticket: the staff reply quoted under "On … wrote:" is not read', async () => {
    await openDisplay('quoted');
    const mood = await waitForSignal(session.sidebar, 'confusion');
    await session.shot('2-quoted-history');
    expect(mood.signals.confusion, `the mood section said: "${mood.text}"`).toBeDefined();
    // "frustrating", "unacceptable", "billed for" appear only in the quoted staff reply.
    expect(mood.signals.frustration, 'frustration read from the quoted history').toBeUndefined();
  });

  // RT 5.0.3's reply page shows no thread: only the form (Cc, Subject "Charged twice for
  // order 48213", Update Type, Status…). Whatever the sidebar shows there must come
  // from the requestor, and "Nothing stands out" would be a verdict on form rows.
  it('reply page: the reply form’s rows are not read as customer messages', async () => {
    const { page, rt, sidebar } = session;
    await page.goto(rtUrl.reply(rt.origin, rt.tickets.angry));
    await composerFrame(page);
    const mood = await waitForSignal(sidebar, 'frustration');
    await session.shot('2-reply-page-mood');
    expect(mood.text, 'the sidebar judged text it never read as calm').not.toContain(message('sidebar_moodCalm'));
    const own = requestorWords('angry');
    for (const words of allEvidence(mood))
      expect(own, `evidence "${words}" is not the requestor's`).toContain(squash(words));
  });
});
