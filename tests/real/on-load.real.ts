import { describe, expect, it } from 'vitest';
import { message } from '@/tests/real/messages';
import { composerFrame, rtUrl, waitForHistory } from '@/tests/real/rt-pages';
import { rtSession } from '@/tests/real/session';
import { sidebarHosts } from '@/tests/real/sidebar-view';

// Case 1 of issue 13: the sidebar is there when a ticket page loads, before any click.
describe('RT: the sidebar appears on load, without any click', () => {
  const session = rtSession();

  it("on the ticket's display page, once RT's late history has arrived", async () => {
    const { page, sidebar, rt } = session;
    await page.goto(rtUrl.display(rt.origin, rt.tickets.angry));
    await waitForHistory(page);
    const hosts = await sidebarHosts(sidebar);
    await session.shot('1-display-page-on-load');
    expect(hosts, 'sidebar hosts on the display page').toBe(1);
  });

  it("on the ticket's reply page, with RT's CKEditor composer recognised", async () => {
    const { page, sidebar, rt } = session;
    await page.goto(rtUrl.reply(rt.origin, rt.tickets.angry));
    await composerFrame(page);
    const hosts = await sidebarHosts(sidebar);
    await session.shot('1-reply-page-on-load');
    expect(hosts, 'sidebar hosts on the reply page').toBe(1);
    // "Open the reply box…" would mean the CKEditor frame was not taken for the reply box.
    expect(await sidebar.text('.hd-section:has(#hd-nudges-title)')).not.toContain(message('sidebar_noComposer'));
  });
});
