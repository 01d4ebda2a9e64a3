import { describe, expect, it } from 'vitest';
import { typeForNudges, typeInComposer } from '@/tests/real/composer';
import { composerFrame, rtUrl, waitForHistory } from '@/tests/real/rt-pages';
import { rtSession } from '@/tests/real/session';
import { eventually, waitForSignal } from '@/tests/real/sidebar-view';

const EXCUSE = "Unfortunately we can't do that, it's our policy.";

// Case 6 of issue 13: moving to another ticket resets per-ticket state. The agent's own
// path through RT: ticket, its reply page, the queue list, another ticket, its reply page.
describe('RT: moving to another ticket', () => {
  const session = rtSession();

  // RT's home page ("RT at a glance") is a list page too, and its "Quick ticket creation"
  // portlet holds a textarea that is not a reply box.
  it.each([
    ['the queue list', 'queue', rtUrl.queue],
    ['the home page', 'home', rtUrl.home],
  ] as const)('%s gets no reply prompt', async (_name, id, url) => {
    const { page, rt, sidebar } = session;
    await page.goto(url(rt.origin));
    // Portlets load after the page; then give a late sidebar the time a ticket page gets.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(3_000);
    await session.shot(`6-list-${id}`);
    expect(await sidebar.count('#hd-nudges-title'), '"Your reply" shown on a list page').toBe(0);
    expect(await sidebar.count('.hd-nudge')).toBe(0);
  });

  it('shows the new ticket’s mood and brings back a nudge set aside on the previous ticket', async () => {
    const { page, rt, sidebar } = session;
    await page.goto(rtUrl.display(rt.origin, rt.tickets.angry));
    await waitForHistory(page);
    await waitForSignal(sidebar, 'frustration');
    await page.goto(new URL((await page.getAttribute('#page-actions-reply', 'href'))!, rt.origin).href);
    const { nudges: first } = await typeForNudges(page, sidebar, EXCUSE);
    expect(first, 'nudges on the first ticket').toBeGreaterThanOrEqual(1);
    // One card per point, folded to its title: open it, then "Not now" (its first action).
    const setAside = (await sidebar.attribute('.hd-nudge', 'data-concern'))!;
    await sidebar.click('.hd-nudge .hd-card-summary');
    await sidebar.click('.hd-nudge .hd-actions button');
    await eventually(
      sidebar,
      () => sidebar.count(`.hd-nudge[data-concern="${setAside}"]`),
      (count) => count === 0,
    );

    await page.goto(rtUrl.queue(rt.origin));
    await page.click(`table.ticket-list a[href="/Ticket/Display.html?id=${rt.tickets.confused}"] >> nth=0`);
    await waitForHistory(page);
    const mood = await waitForSignal(sidebar, 'confusion');
    await session.shot('6-next-ticket-display');
    expect(mood.signals.confusion, `the mood section said: "${mood.text}"`).toBeDefined();
    expect(mood.signals.frustration, 'the previous ticket’s frustration carried over').toBeUndefined();
    expect(await sidebar.count('.hd-nudge')).toBe(0);

    await page.goto(new URL((await page.getAttribute('#page-actions-reply', 'href'))!, rt.origin).href);
    await composerFrame(page);
    expect((await waitForSignal(sidebar, 'confusion')).signals.frustration).toBeUndefined();
    await typeInComposer(page, EXCUSE);
    const again = await eventually(
      sidebar,
      () => sidebar.count(`.hd-nudge[data-concern="${setAside}"]`),
      (count) => count === 1,
    );
    await session.shot('6-next-ticket-reply');
    expect(again, `the nudge "${setAside}" set aside on the previous ticket stayed hidden`).toBe(1);
  });
});
