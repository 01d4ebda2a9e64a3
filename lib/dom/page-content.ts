import type { Band } from '@/lib/dom/dock-mode';
import type { Rect } from '@/lib/dom/overlay-room';

/**
 * "The sidebar never covers the helpdesk" (walk 2026-12-07, full-fixJ item 1): at 1280 px the open
 * rail's panel found a gap between RT's form controls and lay over the "Dates" box, its dates and
 * links. Form controls alone do not say where the page has something to read or click, and no
 * helpdesk should need its own list of boxes: the column the panel would take is probed on a grid,
 * and a point is the page's content when what lies there is a link, a control, media, or an element
 * with words of its own. An empty stretch of a box's background is not content.
 */
const STEP_X = 24;
const STEP_Y = 16;
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [contenteditable="true"]';
const MEDIA = new Set(['img', 'svg', 'video', 'canvas', 'iframe', 'picture', 'object', 'embed']);

function hasOwnWords(element: Element): boolean {
  for (const node of element.childNodes) if (node.nodeType === 3 && node.textContent?.trim()) return true;
  return false;
}

function isContent(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag === 'html' || tag === 'body') return false;
  return MEDIA.has(tag) || element.closest(INTERACTIVE) !== null || hasOwnWords(element);
}

/** The page's first element at a point, looking through `ours` (the sidebar's host). */
function pageElementAt(doc: Document, ours: Element, x: number, y: number): Element | null {
  for (const element of doc.elementsFromPoint(x, y)) if (element !== ours && !ours.contains(element)) return element;
  return null;
}

// A box drawn on the page (a border or a shadow) is kept whole: a panel over its empty foot still
// cut into RT's "Ticket and Transaction" box. A frame around most of the page is a layout, not a box.
const BOX_LEVELS = 3;
const LAYOUT_SHARE = 0.9;

function drawnBox(element: Element, viewportWidth: number, seen: Map<Element, Rect | null>): Rect | null {
  let at: Element | null = element;
  for (let level = 0; at && level < BOX_LEVELS; level++, at = at.parentElement) {
    if (seen.has(at)) return seen.get(at)!;
    const style = getComputedStyle(at);
    const bordered = ['Top', 'Right', 'Bottom', 'Left'].some(
      (side) =>
        parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
        style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
    );
    if (bordered || style.boxShadow !== 'none') {
      const rect = at.getBoundingClientRect();
      const box = rect.width < viewportWidth * LAYOUT_SHARE ? rect : null;
      seen.set(at, box);
      return box;
    }
  }
  return null;
}

/** Boxes over the page's content in the column [left, right) between band.top and band.bottom. */
export function contentBoxesInColumn(
  column: { left: number; right: number },
  band: Band,
  ours: Element,
  doc: Document = document,
): Rect[] {
  const boxes: Rect[] = [];
  const drawn = new Map<Element, Rect | null>();
  const viewportWidth = doc.documentElement.clientWidth;
  for (let y = band.top + STEP_Y / 2; y < band.bottom; y += STEP_Y) {
    for (let x = column.left + 4; x < column.right; x += STEP_X) {
      const element = pageElementAt(doc, ours, x, y);
      if (!element) continue;
      if (isContent(element))
        boxes.push({ left: x - STEP_X / 2, right: x + STEP_X / 2, top: y - STEP_Y / 2, bottom: y + STEP_Y / 2 });
      else if (!drawn.has(element)) drawnBox(element, viewportWidth, drawn);
    }
  }
  for (const box of new Set(drawn.values())) if (box) boxes.push(box);
  return boxes;
}

/** Does any of the page's content lie in the rectangle? */
export function coversContent(rect: Rect, ours: Element, doc: Document = document): boolean {
  return contentBoxesInColumn(rect, rect, ours, doc).length > 0;
}
