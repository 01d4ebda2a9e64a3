import { describe, expect, it } from 'vitest';
import { RT_VIEWPORT } from '@/tests/real/rt-browser';
import { rtUrl, waitForHistory } from '@/tests/real/rt-pages';
import { rtSession } from '@/tests/real/session';
import { sidebarHosts } from '@/tests/real/sidebar-view';

/** Any two of RT's visible top-bar items that overlap (the ticket's title, its menus, the search box, the logo). */
function topBarOverlaps(): string[] {
  const items = [...document.querySelectorAll('#header h1, #app-nav > li, #page-menu > li, #topactions, #logo')]
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
  const overlaps: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!.box;
      const b = items[j]!.box;
      const overlap =
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
      if (overlap)
        overlaps.push(
          `${items[i]!.element.textContent?.trim().slice(0, 20)} × ${items[j]!.element.textContent?.trim().slice(0, 20)}`,
        );
    }
  }
  return overlaps;
}

// RT folds its top menus by the window's width, not the page's: the sidebar must not dock
// where that would leave RT's menus unfolded in a page too narrow for them.
describe("RT: the sidebar leaves RT's own layout intact", () => {
  const session = rtSession();

  it.each([
    [RT_VIEWPORT.width, 'docked'],
    [1280, 'rail'],
  ] as const)('in a %i px window the sidebar is %s, and no RT menu overlaps another', async (width, mode) => {
    const { page, sidebar, rt } = session;
    await page.setViewportSize({ width, height: RT_VIEWPORT.height });
    await page.goto(rtUrl.display(rt.origin, rt.tickets.angry));
    await waitForHistory(page);
    expect(await sidebarHosts(sidebar)).toBe(1);
    await expect.poll(() => sidebar.attribute('.hd-root', 'class'), { timeout: 5_000 }).toContain(`hd-mode-${mode}`);
    // RT rebalances its menus on load and on resize; give it the moment it takes.
    await page.waitForTimeout(300);
    await session.shot(`8-room-${width}`);
    expect(await page.evaluate(topBarOverlaps)).toEqual([]);
    await page.setViewportSize(RT_VIEWPORT);
  });
});
