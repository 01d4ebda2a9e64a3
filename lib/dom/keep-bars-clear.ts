import { clearanceFor, placeSelector } from '@/lib/dom/fixed-bar-clearance';

/**
 * Keeps the helpdesk's fixed and sticky bars out from under the docked sidebar
 * (issue 13, "Fixed bars"). The page is probed where the sidebar sits: every
 * element drawn there that is, or sits in, a fixed or sticky box gets a rule in
 * Heartdesk's own adopted stylesheet. No attribute, class or node of the helpdesk
 * changes; stopping removes the sheet and the page is as it was.
 *
 * Bars appear and pin as the agent scrolls (RT pins its page menu past the header),
 * so the probe runs on scroll (at once, after the page's own handlers, and once more
 * when scrolling stops), on resize, and slowly in between for notices that pop up.
 */

// One probe per grid cell over the strip: fine enough for a 40 px "back to top" button.
const PROBE_STEP_PX = 32;
const AFTER_SCROLL_MS = 150;
const IDLE_PROBE_MS = 1_500;

interface Cleared {
  rule: string;
  /** How far the rule slid the bar, to know where the page itself puts it. */
  shift: number;
  /** The rule narrowed the bar: the page's own width cannot be measured while it holds. */
  narrowed: boolean;
}

/** The rule for one bar now, given the rule it had (if any). */
function clearing(bar: Element, stripStart: number, had: Cleared | undefined): Cleared | null {
  const box = bar.getBoundingClientRect();
  // Still held at the sidebar's edge by our own rule: keep it; the page's own width is hidden by it.
  if (had?.narrowed) return Math.abs(box.right - stripStart) <= 1 ? had : null;
  const shift = had?.shift ?? 0;
  // A translate of the page's own would be overwritten: such a bar is left alone.
  if (!had && bar.ownerDocument.defaultView?.getComputedStyle(bar).translate !== 'none') return null;
  const natural = { left: box.left - shift, right: box.right - shift, width: box.width, height: box.height };
  const declarations = clearanceFor(natural, stripStart);
  const selector = placeSelector(bar);
  if (!declarations || !selector) return null;
  const slide = /^translate: (-?\d+)px/.exec(declarations);
  return { rule: `${selector} { ${declarations} }`, shift: slide ? Number(slide[1]) : 0, narrowed: !slide };
}

export function keepBarsClear(widthPx: number, ours: Element, doc: Document = document): () => void {
  const view = doc.defaultView;
  if (!view || widthPx <= 0) return () => undefined;
  let sheet: CSSStyleSheet;
  try {
    sheet = new view.CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Where the browser refuses an adopted sheet across worlds (Firefox), the page is left as it is.
    return () => undefined;
  }
  let cleared = new Map<Element, Cleared>();
  let written = '';

  const pinnedBox = (element: Element, known: Map<Element, Element | null>): Element | null => {
    if (known.has(element)) return known.get(element)!;
    const position = view.getComputedStyle(element).position;
    const parent = element.parentElement;
    const found =
      position === 'fixed' || position === 'sticky'
        ? element
        : parent && parent !== doc.body
          ? pinnedBox(parent, known)
          : null;
    known.set(element, found);
    return found;
  };

  const probe = () => {
    const root = doc.documentElement;
    const stripStart = root.clientWidth - widthPx;
    const known = new Map<Element, Element | null>();
    const bars = new Set<Element>();
    for (const [element] of cleared)
      if (element.isConnected && pinnedBox(element, known) === element) bars.add(element);
    for (let x = stripStart + 4; x < root.clientWidth; x += PROBE_STEP_PX)
      for (let y = 4; y < root.clientHeight; y += PROBE_STEP_PX)
        for (const hit of doc.elementsFromPoint(x, y)) {
          if (hit === ours || ours.contains(hit) || hit === root || hit === doc.body) continue;
          const bar = pinnedBox(hit, known);
          if (bar) bars.add(bar);
        }
    const next = new Map<Element, Cleared>();
    for (const bar of bars) {
      const entry = clearing(bar, stripStart, cleared.get(bar));
      if (entry) next.set(bar, entry);
    }
    cleared = next;
    const text = [...next.values()].map((entry) => entry.rule).join('\n');
    if (text !== written) {
      written = text;
      sheet.replaceSync(text);
    }
  };

  // Probes read layout: inside a frame the page lays out anyway, never in a task of their own,
  // where a page with layout pending (a huge paste) would be laid out early, as our long task.
  let frame = 0;
  const probeInFrame = () => {
    if (frame === 0) frame = view.requestAnimationFrame(() => ((frame = 0), probe()));
  };
  let afterScroll: ReturnType<typeof setTimeout> | undefined;
  let probedAt = 0;
  // Scroll events are dispatched in the frame, after the page's own handlers pinned or
  // unpinned its bars: probe at once, then at most every AFTER_SCROLL_MS, and once at the end.
  const onScroll = () => {
    if (Date.now() - probedAt >= AFTER_SCROLL_MS) {
      probedAt = Date.now();
      probe();
    }
    clearTimeout(afterScroll);
    afterScroll = setTimeout(probeInFrame, AFTER_SCROLL_MS);
  };
  view.addEventListener('scroll', onScroll, { passive: true });
  view.addEventListener('resize', onScroll, { passive: true });
  const idle = setInterval(probeInFrame, IDLE_PROBE_MS);
  probeInFrame();
  return () => {
    view.removeEventListener('scroll', onScroll);
    view.removeEventListener('resize', onScroll);
    clearTimeout(afterScroll);
    clearInterval(idle);
    view.cancelAnimationFrame(frame);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((existing) => existing !== sheet);
  };
}
