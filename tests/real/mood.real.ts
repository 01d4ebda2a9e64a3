import { describe, expect, it } from 'vitest';
import { rtUrl, waitForHistory, composerFrame } from '@/tests/real/rt-pages';
import { rtSession } from '@/tests/real/session';
import { waitForSignal } from '@/tests/real/sidebar-view';
import { TICKETS } from '@/tests/real/tickets';

// Case 3 of issue 13: the mood is right on each ticket.
describe('RT: the customer’s mood is right on each ticket', () => {
  const session = rtSession();
  const moods = TICKETS.filter((ticket) => ticket.name !== 'quoted').map(
    (ticket) => [ticket.name, ticket.expectedSignal] as const,
  );

  it.each(moods)('%s ticket shows %s on the display page', async (name, signal) => {
    const { page, rt, sidebar } = session;
    await page.goto(rtUrl.display(rt.origin, rt.tickets[name]));
    await waitForHistory(page);
    const mood = await waitForSignal(sidebar, signal);
    await session.shot(`3-mood-${name}`);
    expect(mood.signals[signal], `the mood section said: "${mood.text}"`).toBeDefined();
  });

  // RT 5.0.3's reply page has no thread at all: the agent reaches it from the display
  // page through RT's own "Reply" action, and that is where the mood matters most.
  it('angry ticket shows frustration on the reply page reached through RT’s Reply action', async () => {
    const { page, rt, sidebar } = session;
    await page.goto(rtUrl.display(rt.origin, rt.tickets.angry));
    await waitForHistory(page);
    await waitForSignal(sidebar, 'frustration');
    const replyHref = await page.getAttribute('#page-actions-reply', 'href');
    await page.goto(new URL(replyHref!, rt.origin).href);
    await composerFrame(page);
    const mood = await waitForSignal(sidebar, 'frustration');
    await session.shot('3-mood-on-reply-page');
    expect(mood.signals.frustration, `the mood section said: "${mood.text}"`).toBeDefined();
  });
});
