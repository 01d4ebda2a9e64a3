/**
 * The open rail at 200 % zoom and at 1024×768 in Firefox ESR (MV2 demo build): the counterparts
 * of zoom-room.e2e.ts's Chromium tests (walk 2026-12-07 #3, item 5). Short on height (under
 * COMPACT_MOOD_BELOW_PX, as at 200 %), the open panel shows the customer's mood as one line, its
 * words one click away, and covers neither the reply box nor a customer message; with room
 * (1024×768 at 100 %), it shows the customer's words as the docked sidebar does. Screenshots in
 * test-output/screenshots/firefox-zoom-room-*.png.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '@/tests/demo/server';
import { REPO_ROOT, TEST_OUTPUT_DIR } from '@/tests/e2e/browser';
import { firefoxOnDemoTicket } from '@/tests/e2e/firefox-pages';
import { inFirefoxSidebar } from '@/tests/e2e/firefox-shadow';
import { CHIP_LINES } from '@/tests/e2e/chip-lines';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const firefoxMissing = !existsSync(FIREFOX);
const DRAFT = "Hi Dana, unfortunately we can't refund the second charge, it's our policy.";
const shot = (name: string) => join(TEST_OUTPUT_DIR, 'screenshots', `firefox-zoom-room-${name}.png`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What the test reads of the open rail, measured inside the sidebar's closed root. */
interface Seen {
  panel: Box | null;
  scroll: Box | null;
  moodTitle: Box | null;
  chip: Box | null;
  nudge: Box | null;
  title: Box | null;
  words: Box | null;
  compact: number;
  quotes: number;
  /** The cards run on under the pinned check, and whether a line says so (qa7 item 3). */
  overflows: boolean;
  moreBelow: number;
  /** The mood chip's corner on the mark's side: a rounded one drew the mark as a stray "(". */
  chipCorner: string | null;
}

const READ = `(root) => {
  const box = (selector) => {
    const element = root.querySelector(selector);
    if (!element) return null;
    const r = element.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  return {
    panel: box('.hd-panel'),
    scroll: box('.hd-scroll'),
    moodTitle: box('#hd-mood-title'),
    chip: box('[data-chip="frustration"]'),
    nudge: box('.hd-nudge'),
    title: box('.hd-nudge .hd-card-title'),
    words: box('.hd-nudge .hd-card-words'),
    compact: root.querySelectorAll('.hd-mood-compact').length,
    quotes: [...root.querySelectorAll('[data-signal="frustration"] q')].filter((q) => q.getClientRects().length > 0).length,
    overflows: ((scroll) => !!scroll && scroll.scrollHeight - scroll.scrollTop - scroll.clientHeight > 4)(root.querySelector('.hd-scroll')),
    moreBelow: root.querySelectorAll('.hd-more-below').length,
    chipCorner: ((chip) => chip && getComputedStyle(chip).borderTopLeftRadius)(root.querySelector('.hd-chip')),
  };
}`;

const inSight = (box: Box | null, scroll: Box | null) =>
  box !== null && scroll !== null && box.bottom > box.top && box.top >= scroll.top && box.bottom <= scroll.bottom;

/** The reply box and each customer message in sight, in CSS px. */
const pageBoxes = (page: Page): Promise<Box[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('.hd-reply, .hd-message')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.bottom > 0 && box.top < window.innerHeight)
      .map((box) => ({ left: box.left, top: box.top, right: box.right, bottom: box.bottom })),
  );

describe.skipIf(firefoxMissing)('the open rail at narrow effective sizes in Firefox ESR', () => {
  let demo: DemoServer;
  let firefox: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
  });
  afterEach(async () => {
    await firefox?.close();
    firefox = undefined;
  });
  afterAll(async () => {
    await demo?.close();
  });

  /** Demo ticket 101 at this viewport, the refusal typed, the rail opened on its card. */
  async function openRailWithNudge(width: number, height: number, scale: number): Promise<Seen> {
    ({ firefox, page } = await firefoxOnDemoTicket(
      FIREFOX,
      join(REPO_ROOT, '.output/firefox-mv2-demo'),
      `${demo.origin}/demo/tickets/101`,
    ));
    await page.setViewport({ width, height, deviceScaleFactor: scale });
    await pause(500);
    const rail = () => inFirefoxSidebar<number>(firefox!, page, `(root) => root.querySelectorAll('.hd-rail').length`);
    for (let tries = 0; (await rail()) === 0; tries++) {
      if (tries > 50) throw new Error('No rail in Firefox at this size');
      await pause(200);
    }
    await page.click('.hd-reply');
    await page.keyboard.type(DRAFT);
    await pause(2_500);
    await inFirefoxSidebar<boolean>(firefox!, page, `(root) => (root.querySelector('.hd-rail').click(), true)`);
    for (let tries = 0; ; tries++) {
      const seen = await inFirefoxSidebar<Seen>(firefox!, page, READ);
      if (seen.nudge && seen.panel) return seen;
      if (tries > 50) throw new Error(`The open rail shows no card in Firefox: ${JSON.stringify(seen)}`);
      await pause(200);
    }
  }

  it.each([
    ['200-1280x800', 640, 400, 2],
    ['200-1440x900', 720, 450, 2],
  ] as const)(
    '%s: the open panel shows the mood as one line in sight, and covers neither the reply nor a message',
    async (name, width, height, scale) => {
      const seen = await openRailWithNudge(width, height, scale);
      await pause(300);
      await page.screenshot({ path: shot(name) });
      expect(seen.compact).toBe(1);
      expect(inSight(seen.moodTitle, seen.scroll)).toBe(true);
      expect(inSight(seen.chip, seen.scroll)).toBe(true);
      // The card about the reply is in sight under it: what it says and the words that raised it.
      expect(inSight(seen.title, seen.scroll)).toBe(true);
      expect(inSight(seen.words, seen.scroll)).toBe(true);
      expect((await pageBoxes(page)).filter((box) => overlaps(box, seen.panel!))).toEqual([]);
      expect(seen.panel!.right - seen.panel!.left).toBeGreaterThanOrEqual(240);
      // A card cut off under the pinned check says more is below; the mood's marks are bars, not "(".
      const settled = await inFirefoxSidebar<Seen>(firefox!, page, READ);
      expect(settled.moreBelow).toBe(settled.overflows ? 1 : 0);
      expect(settled.overflows).toBe(true);
      expect(settled.chipCorner).toBe('0px');
      // Each chip is one line: "In a hurry" broke over two at the panel's narrowest (full-fixJ item 5).
      const chips = await inFirefoxSidebar<Array<{ text: string; wrapped: boolean }>>(firefox!, page, CHIP_LINES);
      expect(chips.map((chip) => chip.text)).toEqual(expect.arrayContaining(['Frustrated', 'In a hurry']));
      expect(chips.filter((chip) => chip.wrapped)).toEqual([]);
      // The words that gave the mood away open from the line.
      await inFirefoxSidebar<boolean>(
        firefox!,
        page,
        `(root) => (root.querySelector('.hd-mood-compact summary').click(), true)`,
      );
      await pause(300);
      const opened = await inFirefoxSidebar<Seen>(firefox!, page, READ);
      await page.screenshot({ path: shot(`${name}-open`) });
      expect(opened.quotes).toBeGreaterThan(0);
      expect((await pageBoxes(page)).filter((box) => overlaps(box, opened.panel!))).toEqual([]);
    },
    90_000,
  );

  it("1024×768 at 100 %: the open panel has room, so the customer's words show as in the docked sidebar", async () => {
    const seen = await openRailWithNudge(1024, 768, 1);
    await pause(300);
    await page.screenshot({ path: shot('1024') });
    expect(seen.compact).toBe(0);
    expect(seen.quotes).toBeGreaterThan(0);
  }, 90_000);
});
