import { describe, expect, it } from 'vitest';
import { composerFrame, rtUrl } from '@/tests/real/rt-pages';
import { rtSession } from '@/tests/real/session';
import { sidebarHosts } from '@/tests/real/sidebar-view';

// Issue 13, "Fixed bars": once the page scrolls, RT pins its page menu (Display, History,
// …, Actions → Reply) with `position: fixed; top: 0; right: 0` (.page-menu.pinned in
// elevator-light/nav.css). Narrowing <html> for the docked sidebar does not move it.
describe('RT: the docked sidebar leaves RT’s pinned page menu usable', () => {
  const session = rtSession();

  it('on the reply page scrolled down, a hit test at each menu item finds the item, not the sidebar', async () => {
    const { page, rt, sidebar } = session;
    await page.goto(rtUrl.reply(rt.origin, rt.tickets.angry));
    await composerFrame(page);
    const hosts = await sidebarHosts(sidebar);
    expect(hosts, 'no sidebar to judge').toBe(1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForSelector('#page-menu.pinned');
    const covered = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#page-menu.pinned > li')]
        .filter((item) => item.getBoundingClientRect().width > 0)
        .filter((item) => {
          const box = item.getBoundingClientRect();
          const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return !(hit && item.contains(hit));
        })
        .map((item) => item.innerText.trim() || item.id),
    );
    await session.shot('8-pinned-menu-scrolled');
    expect(covered, 'pinned menu items under the sidebar').toEqual([]);
  });
});
