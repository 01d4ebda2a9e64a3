/**
 * Where the helpdesk's top bars end over a column of the window, so the rail's panel can open
 * below them. Request Tracker's menus are absolutely placed, not fixed (elevator-light/nav.css:
 * `#main-navigation`, `#page-navigation`), so "fixed bars" alone missed its search box,
 * "Create new ticket" and the tab row; what counts here is what the agent clicks: controls,
 * bars (header, nav, tabs) and pinned boxes, probed row by row from the top until a gap.
 */

const CONTROL =
  'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="searchbox"]';
const BAR = 'nav, [role="navigation"], [role="tablist"], [role="toolbar"], [role="menubar"]';
const ROW_PX = 6;
const COLUMN_PX = 24;
// Rows with nothing to click before the top bars are taken as over: RT has 6 px between its two.
const GAP_PX = 18;
/** Never more than this much of the window is taken as top bars: below it is the page's own content. */
export const MAX_CHROME_SHARE = 0.25;

function pinned(element: Element, view: Window): boolean {
  for (let node: Element | null = element; node && node !== element.ownerDocument.body; node = node.parentElement) {
    const position = view.getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

/** The bottom of the clickable thing at this point, if it belongs to the top bars. */
function chromeAt(doc: Document, x: number, y: number, ours: Element): number | null {
  const hit = doc.elementsFromPoint(x, y).find((element) => element !== ours && !ours.contains(element));
  if (!hit || hit === doc.documentElement || hit === doc.body) return null;
  const part = hit.closest(CONTROL) ?? hit.closest(BAR);
  if (part) return part.getBoundingClientRect().bottom;
  const view = doc.defaultView;
  return view && pinned(hit, view) ? hit.getBoundingClientRect().bottom : null;
}

/** 0 when nothing at the top of [left, right) is a bar or a control. */
export function topChromeBottom(left: number, right: number, ours: Element, doc: Document = document): number {
  const cap = Math.round(doc.documentElement.clientHeight * MAX_CHROME_SHARE);
  let bottom = 0;
  let lastFound = 0;
  for (let y = 2; y <= cap && y - lastFound <= GAP_PX; y += ROW_PX) {
    let inRow = false;
    for (let x = left + 4; x < right; x += COLUMN_PX) {
      const found = chromeAt(doc, x, y, ours);
      if (found === null || found > cap) continue;
      bottom = Math.max(bottom, found);
      inRow = true;
    }
    // Next row just below what was found; the gap is counted from there.
    if (inRow) lastFound = Math.max(y, Math.floor(bottom));
    y = Math.max(y, Math.floor(bottom) - ROW_PX + 1);
  }
  return Math.ceil(bottom);
}
