import type { Band } from '@/lib/dom/dock-mode';
import type { Rect } from '@/lib/dom/overlay-room';

/**
 * "No covered buttons" for the open rail's panel (walk 2026-12-07 #7, item 2: at 1366 × 768 it lay
 * over RT's Update Type, Status, Owner and Worked, and the Reminders' Subject and Save). RT cannot
 * take a docked sidebar at that width (its menus follow the window, lib/adapters/request-tracker.ts),
 * so the panel looks in its own column for the tallest stretch where none of the page's controls,
 * the reply box or the thread lies: RT leaves one under its side boxes on both pages.
 */
const FORM_CONTROL = 'input:not([type="hidden"]), select, textarea, button, [contenteditable="true"]';

/** The page's form controls on screen, by their boxes; `ours` (the sidebar's host) is skipped. */
export function formControlBoxes(ours: Element, doc: Document = document): Rect[] {
  const height = doc.defaultView?.innerHeight ?? doc.documentElement.clientHeight;
  return [...doc.querySelectorAll(FORM_CONTROL)].flatMap((control) => {
    if (ours.contains(control)) return [];
    const box = control.getBoundingClientRect();
    const shown = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < height;
    return shown ? [box] : [];
  });
}

/** The tallest stretch of [top, bottom) in the column [left, right) that no obstacle enters, margins kept. */
export function clearSpanInColumn(
  column: { left: number; right: number },
  span: Band,
  obstacles: readonly (Rect | null)[],
  margin = 8,
): Band {
  const inColumn = obstacles
    .filter((box): box is Rect => box !== null && box.left < column.right && box.right > column.left)
    .sort((a, b) => a.top - b.top);
  let best: Band = { top: span.top, bottom: span.top };
  let from = span.top;
  for (const box of [...inColumn, { top: span.bottom + margin, bottom: span.bottom + margin }]) {
    const to = Math.min(span.bottom, box.top - margin);
    if (to - from > best.bottom - best.top) best = { top: from, bottom: to };
    from = Math.max(from, box.bottom + margin);
  }
  return best;
}
