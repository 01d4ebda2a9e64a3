/**
 * Cheap measures of how much an element reads like prose a person wrote, used by
 * generic thread search: a message has sentences; a queue row is mostly links;
 * a settings panel is mostly form controls. textContent only (no layout).
 */

export const FORM_CONTROLS = 'input:not([type="hidden"]), select, textarea, button';

export function squashedText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Characters of text, leaving out what sits inside links and form controls. */
export function proseLength(element: Element): number {
  let total = squashedText(element).length;
  for (const inner of element.querySelectorAll('a, select, option, button, label, script, style, template')) {
    // Nested matches (an <option> in a <select>) are counted once, through the outer one.
    if (inner.parentElement?.closest('a, select, button, label') && element.contains(inner.parentElement)) continue;
    total -= squashedText(inner).length;
  }
  return Math.max(0, total);
}

/** Share of the text that is link text: near 1 for navigation and queue rows. */
export function linkDensity(element: Element): number {
  const total = squashedText(element).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) {
    if (!link.parentElement?.closest('a')) linked += squashedText(link).length;
  }
  return linked / total;
}

export function controlCount(element: Element): number {
  return element.querySelectorAll(FORM_CONTROLS).length;
}
