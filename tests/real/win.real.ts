import { describe, expect, it } from 'vitest';
import { rtUrl, waitForHistory } from '@/tests/real/rt-pages';
import { rtSession, SHOT_DIR } from '@/tests/real/session';
import { eventually, sidebarHosts, squash } from '@/tests/real/sidebar-view';
import { ticketNamed } from '@/tests/real/tickets';
import { join } from 'node:path';

// Case 7 of issue 13: a customer's thank-you becomes a win on the journal page.
describe('RT: a thank-you becomes a win', () => {
  const session = rtSession();
  const thanks = ticketNamed('grateful').steps.find((step) => step.by === 'requestor')!.text;

  it('offers the requestor’s thanks as a win, saves it, and the journal page lists it', async () => {
    const { page, rt, sidebar, ext } = session;
    await page.goto(rtUrl.display(rt.origin, rt.tickets.grateful));
    await waitForHistory(page);
    const hosts = await sidebarHosts(sidebar);
    expect(hosts, 'no sidebar on the grateful ticket').toBe(1);
    const cards = await eventually(
      sidebar,
      () => sidebar.count('.hd-win'),
      (count) => count === 1,
    );
    await session.shot('7-win-offered');
    expect(cards, 'no thank-you card on the grateful ticket').toBe(1);
    // The quote is the requestor's thanks, not the staff's "Glad to hear it" that came last.
    expect(squash(thanks)).toContain(squash(await sidebar.text('.hd-win blockquote')));
    expect(await sidebar.text('.hd-win blockquote')).toContain('Thank you so much');

    await sidebar.click('.hd-win button.hd-primary');
    await eventually(
      sidebar,
      () => sidebar.count('.hd-win .hd-saved'),
      (count) => count === 1,
    );
    await session.shot('7-win-saved');
    const journal = await ext.browser.context.newPage();
    await journal.goto(ext.browser.extensionUrl('journal.html'));
    await expect.poll(() => journal.locator('body').innerText()).toContain('works perfectly');
    // The customer's words, not their signature (qa7: "…your help! Priya").
    expect(await journal.locator('.journal-win').first().innerText()).not.toMatch(/help!\s*Priya/);
    await journal.screenshot({ path: join(SHOT_DIR, '7-journal.png') });
    await journal.close();
  });
});
