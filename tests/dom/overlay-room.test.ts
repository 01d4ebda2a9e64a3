import { describe, expect, it } from 'vitest';
import { roomBesideContent } from '@/lib/dom/overlay-room';

// Walk 2026-12-07, item 4: the demo at 200 % of 1280 × 800 (640 × 400 CSS px): a side menu 0–250,
// the customer's message above the reply box in 278–611. The rail sits at 612.
const VIEWPORT = { width: 640, height: 400 };
const MESSAGE = { left: 278, top: -200, right: 611, bottom: 165 };
const REPLY = { left: 279, top: 183, right: 611, bottom: 323 };

describe('room for the open rail that keeps the thread and the reply box clear', () => {
  it('takes the free column beside them (over the side menu), clear of both', () => {
    const room = roomBesideContent(VIEWPORT, [MESSAGE, REPLY], { right: 612 })!;
    expect(room).toEqual({ left: 8, right: 270, top: 8, bottom: 392 });
  });

  it('starts below the helpdesk’s top bars', () => {
    expect(roomBesideContent(VIEWPORT, [MESSAGE, REPLY], { right: 612, chromeBottom: 48 })?.top).toBe(56);
  });

  it('takes the roomier band below when the content fills the width but not the height', () => {
    const room = roomBesideContent({ width: 1024, height: 768 }, [{ left: 0, top: 0, right: 996, bottom: 300 }], {
      right: 996,
    });
    expect(room).toEqual({ left: 8, right: 996, top: 308, bottom: 760 });
  });

  it('finds no room when the content fills the screen (the caller keeps the reply box clear at least)', () => {
    const full = { left: 0, top: 0, right: 612, bottom: 400 };
    expect(roomBesideContent(VIEWPORT, [full], { right: 612 })).toBeNull();
  });

  it('a column too narrow to read is no room', () => {
    const wide = { left: 200, top: 0, right: 611, bottom: 400 };
    expect(roomBesideContent(VIEWPORT, [wide], { right: 612 })).toBeNull();
  });

  it('nothing in sight to keep clear: no opinion', () => {
    expect(
      roomBesideContent(VIEWPORT, [null, { left: 0, top: 500, right: 600, bottom: 900 }], { right: 612 }),
    ).toBeNull();
  });
});
