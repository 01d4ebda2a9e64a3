/**
 * Where a helpdesk's fixed or sticky bar must go so the docked sidebar does not cover
 * it (issue 13, "Fixed bars"). Narrowing <html> moves the page's flow, not elements
 * positioned against the viewport, so RT's pinned page menu (`position: fixed; top: 0;
 * right: 0`) stayed under the sidebar with its Actions → Reply. Pure: boxes in, CSS out.
 */

export interface Box {
  left: number;
  right: number;
  width: number;
  height: number;
}

/**
 * The declarations that keep `box` left of `stripStart` (the sidebar's left edge), or
 * null when it is clear already. A bar that fits beside the sidebar slides left by
 * the overlap (`translate` moves what is drawn and what is clicked, and leaves the
 * page's own `transform` alone); a wider one (a full-width header) is narrowed to end
 * at the sidebar instead, so its left part stays on screen.
 */
export function clearanceFor(box: Box, stripStart: number): string | null {
  if (box.width <= 0 || box.height <= 0 || box.right <= stripStart || stripStart <= 0) return null;
  if (box.width <= stripStart) return `translate: ${Math.round(stripStart - box.right)}px 0 !important;`;
  const width = Math.max(0, Math.floor(stripStart - Math.max(box.left, 0)));
  return `max-width: ${width}px !important; box-sizing: border-box !important;`;
}

/**
 * A selector for exactly this element now: its place under <body> by position among
 * siblings, ending with its current classes. Built from structure so nothing is
 * written into the page; the classes make the rule stop at once when the page
 * unpins the bar (RT drops `.pinned` when scrolled back up). Null outside <body>
 * or when a class cannot be written as a selector.
 */
export function placeSelector(element: Element): string | null {
  const body = element.ownerDocument.body;
  if (!body || element === body || !body.contains(element)) return null;
  const steps: string[] = [];
  for (let node: Element = element; node !== body; node = node.parentElement!) {
    const parent = node.parentElement!;
    const index = [...parent.children].indexOf(node) + 1;
    steps.unshift(`${node.localName}:nth-child(${index})`);
  }
  const escape = element.ownerDocument.defaultView?.CSS?.escape ?? globalThis.CSS?.escape;
  const classes = [...element.classList];
  if (classes.length > 0 && !escape) return null;
  const own = classes.map((name) => `.${escape!(name)}`).join('');
  return `body > ${steps.join(' > ')}${own}`;
}
