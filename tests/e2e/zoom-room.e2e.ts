import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_OUTPUT_DIR } from '@/tests/e2e/browser';
import { openDemoTicket, type DemoTicket } from '@/tests/e2e/demo-ticket';
import { CHIP_LINES } from '@/tests/e2e/chip-lines';

/**
 * Walk 2026-12-07, item 4: at 200 % zoom the open rail's panel lay over the customer's message
 * above the reply box. Opened at narrow effective widths, it covers neither the reply box nor the
 * customer's messages. Screenshots: test-output/screenshots/zoom-room-*.png.
 */
const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `zoom-room-${name}.png`);
const DRAFT = "Hi Dana, unfortunately we can't refund the second charge, it's our policy.";
type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The reply box and each customer message in sight, in CSS px. */
function boxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.hd-reply, .hd-message')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.bottom > 0 && box.top < window.innerHeight)
      .map((box) => ({ left: box.left, top: box.top, right: box.right, bottom: box.bottom })),
  );
}

/** The demo ticket at this viewport, a refusal typed, the rail opened on its card. */
async function openRailWithNudge(width: number, height: number, scale: number): Promise<DemoTicket> {
  const ticket = await openDemoTicket({
    launch: { viewport: { width, height }, deviceScaleFactor: scale },
    viewport: null,
    readySelector: '.hd-rail',
  });
  const { page, sidebar } = ticket;
  try {
    await page.click('.hd-reply');
    await page.keyboard.type(DRAFT);
    await page.waitForTimeout(1500);
    await sidebar.click('.hd-rail');
    await sidebar.waitFor(
      () => sidebar.count('.hd-nudge'),
      (n) => n >= 1,
    );
    await page.waitForTimeout(300);
    return ticket;
  } catch (error) {
    await ticket.close();
    throw error;
  }
}

describe('the open rail at narrow effective widths', () => {
  let ticket: DemoTicket | undefined;
  afterEach(async () => {
    await ticket?.close();
    ticket = undefined;
  });

  it.each([
    ['200-1280x800', 640, 400, 2],
    ['200-1440x900', 720, 450, 2],
    ['640px', 640, 720, 1],
  ] as const)(
    '%s: opened, the panel covers neither the reply box nor a customer message',
    async (name, width, height, scale) => {
      ticket = await openRailWithNudge(width, height, scale);
      const { page, sidebar } = ticket;
      await page.screenshot({ path: shot(name) });
      const panel = await sidebar.box('.hd-panel');
      const covered = (await boxes(page)).filter((box) => overlaps(box, panel));
      expect(covered).toEqual([]);
      // Still a panel the agent can read: a card's title fits on it.
      expect(panel.right - panel.left).toBeGreaterThanOrEqual(240);
    },
  );

  // Walk 2026-12-07 #2, item 4: at 200 % the open panel left out "How the customer seems" (a
  // scroll away below the cards). An agent who zooms still needs the customer's mood.
  it("200 % at 1280×800: the open panel shows the customer's mood in sight, its words one click away", async () => {
    ticket = await openRailWithNudge(640, 400, 2);
    const { page, sidebar } = ticket;
    await page.screenshot({ path: shot('mood-200') });
    const inSight = async (selector: string) => {
      const [box, scroll] = [await sidebar.box(selector), await sidebar.box('.hd-scroll')];
      return box.bottom > box.top && box.top >= scroll.top && box.bottom <= scroll.bottom;
    };
    expect(await sidebar.text('#hd-mood-title')).toMatch(/how the customer seems/i);
    expect(await inSight('#hd-mood-title')).toBe(true);
    expect(await inSight('[data-chip="frustration"]')).toBe(true);
    // Each chip is one line: "In a hurry" broke over two at the panel's narrowest (full-fixJ item 5).
    const chips = await sidebar.inRoot<Array<{ text: string; wrapped: boolean }>>(CHIP_LINES);
    expect(chips.map((chip) => chip.text)).toEqual(expect.arrayContaining(['Frustrated', 'In a hurry']));
    expect(chips.filter((chip) => chip.wrapped)).toEqual([]);
    // The cards about the reply are still in sight under it.
    expect(await inSight('.hd-nudge')).toBe(true);
    // The words that gave the mood away open from the line.
    await sidebar.click('.hd-mood-compact summary');
    await sidebar.waitFor(
      () => sidebar.texts('.hd-mood-compact [data-signal="frustration"] q'),
      (quotes) => quotes.length > 0,
    );
    await page.screenshot({ path: shot('mood-200-open') });
    // Opened, it still covers neither the reply box nor a customer message.
    const panel = await sidebar.box('.hd-panel');
    expect((await boxes(page)).filter((box) => overlaps(box, panel))).toEqual([]);
  });
  // Walk 2026-12-07 #3 (qa5): the one-line mood had spread to every open rail, hiding the
  // customer's words on RT at 1366×820 and on the demo at 1024×768. A panel with room keeps them.
  it("1024×768 at 100 %: the open panel has room, so the customer's words show as in the docked sidebar", async () => {
    ticket = await openRailWithNudge(1024, 768, 1);
    const { page, sidebar } = ticket;
    await page.screenshot({ path: shot('mood-1024') });
    expect(await sidebar.count('.hd-mood-compact')).toBe(0);
    expect((await sidebar.texts('[data-signal="frustration"] q')).length).toBeGreaterThan(0);
  });
});
