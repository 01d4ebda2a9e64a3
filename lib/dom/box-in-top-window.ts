/**
 * An element's box in the top window's viewport, also when it sits in same-origin iframes
 * (CKEditor 4 edits inside one): each frame's offset is added on the way up.
 */
export function boxInTopWindow(element: Element): DOMRect {
  const box = element.getBoundingClientRect();
  let left = box.left;
  let top = box.top;
  let frame = element.ownerDocument.defaultView?.frameElement ?? null;
  while (frame) {
    const outer = frame.getBoundingClientRect();
    left += outer.left + frame.clientLeft;
    top += outer.top + frame.clientTop;
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  return new DOMRect(left, top, box.width, box.height);
}
