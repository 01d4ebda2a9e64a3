import type { Band } from '@/lib/dom/dock-mode';

/**
 * Where the open rail's panel may sit without covering what the agent is working from (walk
 * 2026-12-07, item 4: at 200 % zoom the panel lay over the customer's message above the reply
 * box). The reply box and the thread are kept clear: the panel takes a free column beside them
 * (a narrow window often has one, over the helpdesk's side menu) or a band above or below them,
 * whichever is roomier. Null when no place is big enough: the caller keeps the reply box clear
 * at least.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface OverlayRoom extends Band {
  left: number;
  right: number;
}

export interface RoomOptions {
  /** Where the helpdesk's top bars end: the panel starts below. */
  chromeBottom?: number;
  /** The panel's furthest right edge (left of the rail). */
  right: number;
  margin?: number;
}

/** Smaller than this, a column shows a card only cut short, and a band not even a card. */
export const MIN_COLUMN_WIDTH = 240;
export const MIN_COLUMN_HEIGHT = 200;
export const MIN_BAND_HEIGHT = 160;

function visible(box: Rect, width: number, height: number): Rect | null {
  const clipped = {
    left: Math.max(0, box.left),
    top: Math.max(0, box.top),
    right: Math.min(width, box.right),
    bottom: Math.min(height, box.bottom),
  };
  return clipped.right > clipped.left && clipped.bottom > clipped.top ? clipped : null;
}

export function roomBesideContent(
  viewport: { width: number; height: number },
  keepClear: readonly (Rect | null)[],
  { chromeBottom = 0, right, margin = 8 }: RoomOptions,
): OverlayRoom | null {
  const kept = keepClear.flatMap((box) => {
    const shown = box && visible(box, viewport.width, viewport.height);
    return shown ? [shown] : [];
  });
  if (kept.length === 0) return null;
  const content = {
    left: Math.min(...kept.map((box) => box.left)),
    top: Math.min(...kept.map((box) => box.top)),
    right: Math.max(...kept.map((box) => box.right)),
    bottom: Math.max(...kept.map((box) => box.bottom)),
  };
  const top = chromeBottom > 0 ? chromeBottom + margin : margin;
  const bottom = viewport.height - margin;
  const candidates: OverlayRoom[] = [
    { left: content.right + margin, right, top, bottom },
    { left: margin, right: content.left - margin, top, bottom },
    { left: margin, right, top, bottom: content.top - margin },
    { left: margin, right, top: content.bottom + margin, bottom },
  ];
  const fits = candidates.filter((room, index) => {
    const width = room.right - room.left;
    const height = room.bottom - room.top;
    return index < 2
      ? width >= MIN_COLUMN_WIDTH && height >= MIN_COLUMN_HEIGHT
      : width >= MIN_COLUMN_WIDTH && height >= MIN_BAND_HEIGHT;
  });
  const area = (room: OverlayRoom) => (room.right - room.left) * (room.bottom - room.top);
  return fits.reduce<OverlayRoom | null>((best, room) => (!best || area(room) > area(best) ? room : best), null);
}
