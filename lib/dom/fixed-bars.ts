/**
 * Narrowing the page (dock-page.ts) moves everything in its flow, sticky bars included, but
 * not `position: fixed` ones: their box is the viewport (issue 13: a helpdesk's fixed action
 * bar and its scroll-to-top link ended up under the sidebar). This finds the fixed elements
 * in the sidebar's strip and moves them out of it through one adopted stylesheet: no
 * attribute, class or node of the helpdesk changes, and removing the sheet restores them.
 */
const PROBE_STEP_PX = 40;
const RESCAN_MS = 2_000;

/** The nearest fixed-position element holding `element` (itself included), or null. */
function fixedAncestor(element: Element, win: Window): HTMLElement | null {
  for (
    let node: Element | null = element;
    node && node !== node.ownerDocument.documentElement;
    node = node.parentElement
  ) {
    if (node instanceof HTMLElement && win.getComputedStyle(node).position === 'fixed') return node;
  }
  return null;
}

/** A selector for this element alone, by its place in the tree (no ids or classes the helpdesk may regenerate). */
function pathTo(element: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = element; node && node.parentElement; node = node.parentElement) {
    steps.unshift(`${node.localName}:nth-child(${[...node.parentElement.children].indexOf(node) + 1})`);
  }
  return `html > ${steps.join(' > ')}`;
}

/** The rule that keeps one fixed element out of the strip, from where it is now. */
function ruleFor(element: HTMLElement, stripLeft: number, width: number, win: Window): string {
  const box = element.getBoundingClientRect();
  const right = Math.max(0, win.innerWidth - box.right);
  // A bar spanning the page keeps its left edge and ends where the strip begins; a small
  // right-hand control (a "scroll to top" button) moves left by the strip's width.
  const spans = box.left < stripLeft;
  const declarations = spans
    ? `left: ${Math.round(box.left)}px !important; right: ${Math.round(right + width)}px !important; width: auto !important; max-width: none !important;`
    : `left: auto !important; right: ${Math.round(right + width)}px !important;`;
  return `${pathTo(element)} { ${declarations} }`;
}

export function keepFixedBarsClear(widthPx: number, host: Element | null, doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  if (widthPx <= 0) return () => undefined;
  let sheet: CSSStyleSheet;
  try {
    sheet = new win.CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    return () => undefined;
  }
  const moved = new Map<HTMLElement, string>();
  const scan = () => {
    try {
      scanOnce();
    } catch {
      // A page (or a test DOM) without layout has nothing to move.
    }
  };
  const scanOnce = () => {
    const stripLeft = win.innerWidth - widthPx;
    // Three columns across the strip: its inner edge, its middle and the window's edge, where small controls sit.
    const columns = [stripLeft + 4, stripLeft + widthPx / 2, win.innerWidth - 6].map((x) => Math.max(0, Math.round(x)));
    for (let y = 2; y < win.innerHeight; y += PROBE_STEP_PX) {
      for (const x of columns) {
        for (const hit of doc.elementsFromPoint(x, y)) {
          if (hit === host || host?.contains(hit)) continue;
          const fixed = fixedAncestor(hit, win);
          if (fixed && !moved.has(fixed)) moved.set(fixed, ruleFor(fixed, stripLeft, widthPx, win));
        }
      }
    }
    for (const element of moved.keys()) if (!element.isConnected) moved.delete(element);
    const text = [...moved.values()].join('\n');
    try {
      sheet.replaceSync(text);
    } catch {
      // A page whose CSSOM refuses is left as it is.
    }
  };
  scan();
  // Helpdesks add bars late (after their data loads); a slow look again finds them.
  const timer = win.setInterval(scan, RESCAN_MS);
  // Rules were measured for the old width: let the bars go back, then look again.
  const onResize = () => {
    moved.clear();
    try {
      sheet.replaceSync('');
    } catch {
      // As above.
    }
    scan();
  };
  win.addEventListener('resize', onResize, { passive: true });
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('resize', onResize);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((existing) => existing !== sheet);
  };
}
