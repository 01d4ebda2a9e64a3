import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RT_VIEWPORT } from '@/tests/real/rt-browser';
import { composerFrame, rtUrl, waitForHistory } from '@/tests/real/rt-pages';
import { rtSession } from '@/tests/real/session';

/**
 * What of RT's top bars is under Heartdesk at its centre: the search box, "Create new ticket",
 * the logo, each main menu item and each tab of the page menu (Display, History, …).
 */
function coveredTopBarItems(): string[] {
  const items = [
    ...document.querySelectorAll<HTMLElement>(
      '#topactions input, #topactions button, #logo a, #app-nav > li, #page-menu > li',
    ),
  ];
  return items
    .map((item) => ({ item, box: item.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0 && box.right <= innerWidth && box.bottom <= innerHeight)
    .filter(({ box }) => {
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit?.tagName.toLowerCase() === 'heartdesk-sidebar';
    })
    .map(({ item }) => item.innerText.trim() || (item as HTMLInputElement).value || item.id || item.tagName);
}

/** Whether any of CKEditor's editing frame is under Heartdesk (probed on a grid over its box). */
function replyBoxCovered(): boolean {
  const frame = document.querySelector('iframe.cke_wysiwyg_frame');
  if (!frame) return false;
  const box = frame.getBoundingClientRect();
  for (let x = box.left + 2; x < box.right; x += 20)
    for (let y = Math.max(0, box.top + 2); y < Math.min(innerHeight, box.bottom); y += 20)
      if (document.elementFromPoint(x, y)?.tagName.toLowerCase() === 'heartdesk-sidebar') return true;
  return false;
}

/** The history's messages in sight that Heartdesk lies over (probed on a grid over each). */
function messagesCovered(): string[] {
  const covered: string[] = [];
  for (const message of document.querySelectorAll<HTMLElement>('#delayed_ticket_history .transaction')) {
    const box = message.getBoundingClientRect();
    let hit = false;
    for (let x = box.left + 2; x < box.right && !hit; x += 20)
      for (let y = Math.max(0, box.top + 2); y < Math.min(innerHeight, box.bottom) && !hit; y += 20)
        hit = document.elementFromPoint(x, y)?.tagName.toLowerCase() === 'heartdesk-sidebar';
    if (hit) covered.push(message.innerText.trim().slice(0, 40));
  }
  return covered;
}

/** RT's visible form controls (fields, lists, buttons) that Heartdesk lies over, probed at a few points of each. */
function coveredFormControls(): string[] {
  const controls = [...document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button')];
  return controls
    .map((control) => ({ control, box: control.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight)
    .filter(({ box }) =>
      [0.1, 0.5, 0.9].some((share) => {
        const hit = document.elementFromPoint(box.left + box.width * share, box.top + box.height / 2);
        return hit?.tagName.toLowerCase() === 'heartdesk-sidebar';
      }),
    )
    .map(({ control }) => control.getAttribute('name') ?? control.innerText.trim() ?? control.tagName);
}

/**
 * RT's boxes on screen (The Basics, People, Dates, Links, the history…) that Heartdesk lies over
 * anywhere, by their titles: probed on a 16 px grid over each box's visible part.
 */
function coveredBoxes(): string[] {
  const covered: string[] = [];
  for (const box of document.querySelectorAll<HTMLElement>('.titlebox')) {
    const rect = box.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    let hit = false;
    for (let x = Math.max(0, rect.left + 2); x < Math.min(innerWidth, rect.right) && !hit; x += 16)
      for (let y = Math.max(0, rect.top + 2); y < Math.min(innerHeight, rect.bottom) && !hit; y += 16)
        hit = document.elementFromPoint(x, y)?.tagName.toLowerCase() === 'heartdesk-sidebar';
    if (hit) covered.push(box.querySelector('.titlebox-title')?.textContent?.trim().slice(0, 30) || box.id || 'box');
  }
  return covered;
}

/**
 * Opens the rail. Where no place keeps RT's boxes clear (the display page at laptop widths), it
 * opens as a strip in its own column (full-fixJ item 1); the panel then comes on demand.
 */
async function openRail(page: Page, sidebar: ReturnType<typeof rtSession>['sidebar']): Promise<'panel' | 'strip'> {
  await expect.poll(() => sidebar.count('.hd-rail'), { timeout: 10_000 }).toBe(1);
  await sidebar.click('.hd-rail');
  await expect.poll(() => sidebar.count('.hd-panel.hd-overlay, .hd-strip'), { timeout: 5_000 }).toBe(1);
  await page.waitForTimeout(300);
  return (await sidebar.count('.hd-strip')) === 1 ? 'strip' : 'panel';
}

async function showOverTicket(sidebar: ReturnType<typeof rtSession>['sidebar']) {
  await sidebar.click('.hd-strip');
  await expect.poll(() => sidebar.count('.hd-panel.hd-overlay'), { timeout: 5_000 }).toBe(1);
}

// The slim rail on laptop widths: opened, its panel sat over RT's search box, "Create new
// ticket" and the tab row, and over the right half of the ticket page from top to bottom.
describe('RT: the rail’s panel leaves RT’s top bars and the reply box usable', () => {
  const session = rtSession();

  it.each([
    [1280, 800],
    [1366, 820],
  ])('on the display page at %i × %i, no top-bar item is under the open panel', async (width, height) => {
    const { page, sidebar, rt } = session;
    await page.setViewportSize({ width, height });
    await page.goto(rtUrl.display(rt.origin, rt.tickets.grateful));
    await waitForHistory(page);
    await openRail(page, sidebar);
    await session.shot(`9-rail-open-display-${width}`);
    expect(await page.evaluate(coveredTopBarItems)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  // Walk 2026-12-07 (full-fixJ, item 1): at 1280 px the open panel lay over RT's "Dates" box on the
  // display page. The sidebar never covers the helpdesk: docked at 1920, and at 1280 (a rail, since
  // RT's menus need the window) the open rail takes no place over any of RT's boxes.
  it.each([
    ['display', 1920, 1080],
    ['display', 1280, 800],
    ['reply', 1920, 1080],
    ['reply', 1280, 800],
  ] as const)('on the %s page at %i × %i, none of RT’s boxes is under the sidebar', async (kind, width, height) => {
    const { page, sidebar, rt } = session;
    await page.setViewportSize({ width, height });
    if (kind === 'display') {
      await page.goto(rtUrl.display(rt.origin, rt.tickets.angry));
      await waitForHistory(page);
    } else {
      await page.goto(rtUrl.reply(rt.origin, rt.tickets.angry));
      await composerFrame(page);
    }
    if (width < RT_VIEWPORT.width) {
      await expect.poll(() => sidebar.count('.hd-rail'), { timeout: 10_000 }).toBe(1);
      await sidebar.click('.hd-rail');
      await expect.poll(() => sidebar.count('.hd-panel.hd-overlay, .hd-strip'), { timeout: 5_000 }).toBe(1);
    } else {
      await expect.poll(() => sidebar.attribute('.hd-root', 'class'), { timeout: 5_000 }).toContain('hd-mode-docked');
    }
    await page.waitForTimeout(300);
    await session.shot(`9-boxes-${kind}-${width}`);
    const covered = await page.evaluate(coveredBoxes);
    const controls = await page.evaluate(coveredFormControls);
    await page.keyboard.press('Escape');
    await page.setViewportSize(RT_VIEWPORT);
    expect(covered).toEqual([]);
    expect(controls).toEqual([]);
  });

  // Walk 2026-12-07 #7, item 2: at 1366 × 768 the open panel lay over Update Type, Status, Owner
  // and Worked on the reply page, and over the Reminders' Subject and Save on the display page.
  it.each([
    ['display', 'grateful'],
    ['reply', 'angry'],
  ] as const)('on the %s page at 1366 × 768, no form control of RT is under the open panel', async (kind, ticket) => {
    const { page, sidebar, rt } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    if (kind === 'display') {
      await page.goto(rtUrl.display(rt.origin, rt.tickets[ticket]));
      await waitForHistory(page);
    } else {
      await page.goto(rtUrl.reply(rt.origin, rt.tickets[ticket]));
      await composerFrame(page);
    }
    const opened = await openRail(page, sidebar);
    await session.shot(`9-rail-open-${kind}-1366x768`);
    const covered = await page.evaluate(coveredFormControls);
    // The panel the agent asked for over the ticket shows the same order.
    if (opened === 'strip') await showOverTicket(sidebar);
    // Item 1: with no reply box the customer's mood comes first, not a line about a box that is not there.
    const order =
      kind === 'display'
        ? (await sidebar.box('#hd-mood-title')).top < (await sidebar.box('#hd-nudges-title')).top
        : true;
    await page.keyboard.press('Escape');
    await page.setViewportSize(RT_VIEWPORT);
    expect(covered).toEqual([]);
    expect(order).toBe(true);
  });

  // Walk 2026-12-07, item 4 (and #2, item 5): at 200 % zoom the open panel lay over the ticket's
  // thread. RT's history fills the whole 640 x 400 page, so no place keeps it clear
  // (lib/dom/overlay-room.ts finds none): the rail opens as a strip in its own column, and the
  // agent opens the panel over the ticket on demand (test-output/real/9-rail-open-display-640-zoom*.png).
  it('on the display page at 640 × 400 (200 % of 1280 × 800), the open rail covers no message of the history', async () => {
    const { page, sidebar, rt } = session;
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(rtUrl.display(rt.origin, rt.tickets.angry));
    await waitForHistory(page);
    await page.evaluate(() => document.querySelector('#delayed_ticket_history .transaction')?.scrollIntoView());
    await expect.poll(() => sidebar.count('.hd-rail'), { timeout: 10_000 }).toBe(1);
    await sidebar.click('.hd-rail');
    await expect.poll(() => sidebar.count('.hd-strip'), { timeout: 5_000 }).toBe(1);
    await page.waitForTimeout(300);
    await session.shot('9-rail-open-display-640-zoom');
    const covered = await page.evaluate(messagesCovered);
    expect(await sidebar.count('.hd-panel')).toBe(0);
    // On demand, the panel opens over the ticket; Esc closes it and the strip alike.
    await sidebar.click('.hd-strip');
    await expect.poll(() => sidebar.count('.hd-panel.hd-overlay'), { timeout: 5_000 }).toBe(1);
    await session.shot('9-rail-open-display-640-zoom-expanded');
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar.count('.hd-panel, .hd-strip'), { timeout: 5_000 }).toBe(0);
    await page.setViewportSize(RT_VIEWPORT);
    expect(covered).toEqual([]);
  });

  it('on the reply page at 1024 × 768, neither the top bars nor the reply box are under the open panel', async () => {
    const { page, sidebar, rt } = session;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(rtUrl.reply(rt.origin, rt.tickets.angry));
    await composerFrame(page);
    await openRail(page, sidebar);
    await session.shot('9-rail-open-reply-1024');
    expect(await page.evaluate(coveredTopBarItems)).toEqual([]);
    expect(await page.evaluate(replyBoxCovered)).toBe(false);
  });

  it('scrolled down at 1280 × 800, RT’s pinned page menu stays clickable with the panel open', async () => {
    const { page, sidebar, rt } = session;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(rtUrl.reply(rt.origin, rt.tickets.angry));
    await composerFrame(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForSelector('#page-menu.pinned');
    await openRail(page, sidebar);
    await session.shot('9-rail-open-reply-1280-scrolled');
    expect(await page.evaluate(coveredTopBarItems)).toEqual([]);
    expect(await page.evaluate(replyBoxCovered)).toBe(false);
    await page.setViewportSize(RT_VIEWPORT);
  });
});
