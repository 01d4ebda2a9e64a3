import { describe, expect, it } from 'vitest';
import { bandBesideReplyBox, dockMode, MIN_HELPDESK_WIDTH, RAIL_WIDTH, reservedWidth } from '@/lib/dom/dock-mode';

describe('how the sidebar takes its room', () => {
  it.each([
    [1920, 320, false, undefined, 'docked'],
    [1040, 320, false, undefined, 'docked'], // exactly 720 px left for the helpdesk
    [1039, 320, false, undefined, 'rail'],
    [1920, 320, true, undefined, 'tab'],
    // A helpdesk that fits its menus to the window (Request Tracker) keeps its own width.
    [1420, 320, false, 1100, 'docked'],
    [1366, 320, false, 1100, 'rail'],
    [1280, 320, false, 1100, 'rail'],
    // A smaller minimum never docks into less than the usual 720 px.
    [1000, 320, false, 400, 'rail'],
  ] as const)(
    '%i px window, %i px sidebar, collapsed %s, page needs %s → %s',
    (viewport, width, collapsed, minPage, mode) => {
      expect(dockMode(viewport, width, collapsed, minPage)).toBe(mode);
    },
  );

  it('reserves the sidebar when docked, the rail strip when the page can spare it, else nothing', () => {
    expect(reservedWidth('docked', 1920, 320)).toBe(320);
    expect(reservedWidth('rail', 1280, 320)).toBe(RAIL_WIDTH);
    expect(reservedWidth('rail', MIN_HELPDESK_WIDTH + RAIL_WIDTH - 1, 320)).toBe(0);
  });

  it('opens the rail in the larger band above or below the reply box, never on it', () => {
    expect(bandBesideReplyBox(800, { top: 500, bottom: 700 })).toEqual({ top: 0, bottom: 492 });
    expect(bandBesideReplyBox(800, { top: 100, bottom: 300 })).toEqual({ top: 308, bottom: 800 });
    expect(bandBesideReplyBox(800, null)).toEqual({ top: 0, bottom: 800 });
  });

  it('starts below the helpdesk’s top bars, in every band', () => {
    // RT at 1024 × 768: its menus end at 70 px, the reply box is low on the page, under the panel.
    const chrome = { chromeBottom: 70 };
    expect(bandBesideReplyBox(768, { top: 425, bottom: 725 }, chrome)).toEqual({ top: 78, bottom: 417 });
    expect(bandBesideReplyBox(768, null, chrome)).toEqual({ top: 78, bottom: 768 });
    expect(bandBesideReplyBox(800, { top: 100, bottom: 300 }, chrome)).toEqual({ top: 308, bottom: 800 });
  });

  it('a reply box wholly beside the panel leaves it the whole height; one reaching under it does not', () => {
    const replyBox = { top: 425, bottom: 725, left: 45, right: 548 };
    expect(bandBesideReplyBox(768, replyBox, { chromeBottom: 70, panelLeft: 676 })).toEqual({ top: 78, bottom: 768 });
    expect(bandBesideReplyBox(768, replyBox, { chromeBottom: 70, panelLeft: 500 })).toEqual({ top: 78, bottom: 417 });
  });
});
