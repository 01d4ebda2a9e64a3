/**
 * Whether the page draws an element for the agent to see. Generic reading must skip
 * what the page hides: issue 13's first failure mode read a `display:none` "after
 * sending" panel as the thread, and counted hidden textareas behind rich editors as
 * reply boxes. Read-only: computed styles and boxes, nothing is changed.
 */

const HIDDEN_BY_ATTRIBUTE = '[hidden], [aria-hidden="true"], [inert]';

/**
 * True when the document has a layout engine behind it (a browser). Test DOMs
 * (happy-dom) report every box as 0×0, so there the size test is skipped rather
 * than taking the whole page for hidden.
 */
function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}

/**
 * display is not inherited: a display:none ancestor leaves the child's own value untouched,
 * so every ancestor is asked. `known` remembers answers within one search of the page.
 */
function displayNone(element: Element | null, view: Window, known?: Map<Element, boolean>): boolean {
  if (!element) return false;
  const cached = known?.get(element);
  if (cached !== undefined) return cached;
  const none = view.getComputedStyle(element).display === 'none' || displayNone(element.parentElement, view, known);
  known?.set(element, none);
  return none;
}

export function isShown(element: Element, known?: Map<Element, boolean>): boolean {
  if (!element.isConnected || element.closest(HIDDEN_BY_ATTRIBUTE)) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  // visibility is inherited, so the element's own value already says what its ancestors set.
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  if (displayNone(element, view, known)) return false;
  if (style.display === 'contents' || !hasLayout(element.ownerDocument)) return true;
  const box = element.getBoundingClientRect();
  // One pixel or less is the "visually hidden" pattern for screen-reader-only text.
  return box.width > 1 && box.height > 1;
}

/** Like isShown, for an element that may sit in a same-origin iframe: the frame must be shown too. */
export function isShownDeep(element: Element): boolean {
  if (!isShown(element)) return false;
  const frame = element.ownerDocument.defaultView?.frameElement;
  return frame ? isShownDeep(frame) : true;
}
