import { editableRoot, sameOriginDocument } from '@/lib/dom/focused-editable';

/**
 * What the agent points at in "Show Heartdesk this page", read from the page
 * without touching it: the element under the pointer (Heartdesk's own host is
 * looked through), the block of text it belongs to, or the editor it is in —
 * following into same-origin iframes, where CKEditor 4 and TinyMCE edit.
 */

export interface PointedAt {
  element: Element;
  /** Where the element is on the screen, in the top page's coordinates. */
  box: { left: number; top: number; width: number; height: number };
}

/** Enough text to be a message rather than a word or an icon. */
const MIN_MESSAGE_TEXT = 20;
const MAX_CLIMB = 8;

/** The page's own element at a point of the viewport, looking through `ownHost` and into iframes. */
export function pageElementAt(doc: Document, x: number, y: number, ownHost: Element): PointedAt | null {
  const element = doc
    .elementsFromPoint(x, y)
    .find((candidate) => candidate !== ownHost && !ownHost.contains(candidate));
  if (!element) return null;
  const inner = sameOriginDocument(element);
  if (inner) {
    const frameBox = element.getBoundingClientRect();
    const within = pageElementAt(inner, x - frameBox.left, y - frameBox.top, ownHost);
    if (within) {
      const { left, top, width, height } = within.box;
      return { element: within.element, box: { left: left + frameBox.left, top: top + frameBox.top, width, height } };
    }
  }
  const { left, top, width, height } = element.getBoundingClientRect();
  return { element, box: { left, top, width, height } };
}

/** The block of prose the pointed element belongs to: up from a word or an icon to the message. */
export function messageBlockOf(element: Element): Element | null {
  let node: Element | null = element;
  for (let level = 0; node && level < MAX_CLIMB; level++, node = node.parentElement) {
    if (node.localName === 'body' || node.localName === 'html') return null;
    if ((node.textContent ?? '').trim().length >= MIN_MESSAGE_TEXT) return node;
  }
  return null;
}

/** The editor the pointed element is in or wraps: its editable root, or the one editor inside it. */
export function editorOf(element: Element): HTMLElement | null {
  const root = editableRoot(element);
  if (root) return root;
  const inner = element.querySelector('textarea, [contenteditable]:not([contenteditable="false"])');
  return inner ? editableRoot(inner) : null;
}

/** The box of an element in the top page's coordinates, iframes included. */
export function screenBox(element: Element): PointedAt['box'] {
  const { left, top, width, height } = element.getBoundingClientRect();
  const frame = element.ownerDocument.defaultView?.frameElement;
  if (!frame) return { left, top, width, height };
  const outer = screenBox(frame);
  return { left: left + outer.left, top: top + outer.top, width, height };
}
