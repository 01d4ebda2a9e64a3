/**
 * Is the page covering or hiding Heartdesk where the agent clicked (issue 19)? A page
 * can put a decoy with `pointer-events: none` over a sidebar button (the agent's real
 * click passes through to the button), or make the sidebar see-through or move it, so a
 * click lands on a button the agent never saw. Actions that write ask this first.
 *
 * The host is the last child of <html> and a stacking context at the highest z-index
 * (lib/dom/shadow-host.ts), so only three things can paint over it: the top layer (open
 * popovers, fullscreen), content placed after it in <html> (elements, or html::after),
 * and nothing else. Hit testing ignores `pointer-events: none`, so those are looked for
 * directly rather than through elementFromPoint.
 */
export type PageHides = 'covered' | 'hidden';

export interface ClickPoint {
  x: number;
  y: number;
}

// Past this many elements after the host, the page is doing something no helpdesk does.
const MAX_LATER_ELEMENTS = 2_000;
const CONTAINING = /\b(?:transform|filter|perspective)\b/;

function contains(rect: DOMRect, point: ClickPoint): boolean {
  return point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom;
}

/** Styles on the host or an ancestor that make it see-through, blur it, or move it. */
function alters(style: CSSStyleDeclaration): boolean {
  return (
    Number.parseFloat(style.opacity) < 1 ||
    style.visibility !== 'visible' ||
    style.display === 'none' ||
    style.filter !== 'none' ||
    style.transform !== 'none' ||
    style.perspective !== 'none' ||
    style.clipPath !== 'none' ||
    (style.maskImage ?? 'none') !== 'none' ||
    (style.contain ?? 'none') !== 'none' ||
    CONTAINING.test(style.willChange ?? '')
  );
}

function paintsAt(element: Element, point: ClickPoint, view: Window): boolean {
  if (!contains(element.getBoundingClientRect(), point)) return false;
  const style = view.getComputedStyle(element);
  return style.display !== 'none' && style.visibility === 'visible' && Number.parseFloat(style.opacity) > 0;
}

function topLayer(doc: Document): Element[] {
  const found: Element[] = [];
  for (const selector of [':popover-open', ':modal']) {
    try {
      found.push(...doc.querySelectorAll(selector));
    } catch {
      // A browser without this selector has nothing of that kind in its top layer.
    }
  }
  return found;
}

/** Anything drawn after the host, at the click point: later elements in <html>, or html::after. */
function laterContentAt(host: Element, point: ClickPoint, view: Window): boolean {
  let seen = 0;
  for (let sibling = host.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    const walker = host.ownerDocument.createTreeWalker(sibling, 1);
    for (let node: Node | null = sibling; node; node = walker.nextNode()) {
      if (++seen > MAX_LATER_ELEMENTS || paintsAt(node as Element, point, view)) return true;
    }
  }
  const after = view.getComputedStyle(host.ownerDocument.documentElement, '::after');
  return after.content !== 'none' && after.content !== 'normal' && after.display !== 'none';
}

/**
 * Why a click at `point` on `target` (inside `root`, the host's shadow root) should not
 * count, or null when the agent could see what they clicked. `point` is null for a click
 * from the keyboard: then only whether the sidebar is shown as it should be matters.
 */
export function pageHidesHost(
  host: Element,
  root: ShadowRoot,
  target: Element,
  point: ClickPoint | null,
): PageHides | null {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view || host.parentNode !== doc.documentElement) return 'hidden';
  for (let element: Element | null = host; element; element = element.parentElement) {
    if (alters(view.getComputedStyle(element))) return 'hidden';
  }
  if (doc.fullscreenElement && !doc.fullscreenElement.contains(host)) return 'hidden';
  if (!point) return null;
  if (topLayer(doc).some((element) => paintsAt(element, point, view))) return 'covered';
  if (laterContentAt(host, point, view)) return 'covered';
  // The click point must reach the very button, through the shadow host.
  if (doc.elementFromPoint(point.x, point.y) !== host) return 'covered';
  const hit = root.elementFromPoint(point.x, point.y);
  return hit && (hit === target || target.contains(hit)) ? null : 'covered';
}
