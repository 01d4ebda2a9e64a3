/**
 * The editable the agent is typing in, wherever it lives: the light DOM, an
 * OPEN shadow root, or a same-origin iframe (TinyMCE, CKEditor 4). Follows
 * Briskine's approach (helpdesks.md, "Active element"): focusin captured at the
 * document, resolved through shadow DOM with `composedPath()[0]`. Read-only:
 * nothing here focuses, selects or changes anything.
 */

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url']);

function isEditableHost(element: Element): boolean {
  if (element.tagName === 'TEXTAREA') return !(element as HTMLTextAreaElement).readOnly;
  if (element.tagName === 'INPUT') {
    const input = element as HTMLInputElement;
    return TEXT_INPUT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase()) && !input.readOnly;
  }
  const attr = element.getAttribute('contenteditable');
  if (attr !== null) return attr.toLowerCase() !== 'false';
  // A designMode document (old iframe editors) makes its whole body editable.
  return element.tagName === 'BODY' && element.ownerDocument.designMode === 'on';
}

/** The element whose contenteditable attribute is the nearest one above (or on) the node. */
function nearestEditableDecl(element: Element): Element | null {
  const decl = element.closest('[contenteditable]');
  if (decl && decl.getAttribute('contenteditable')?.toLowerCase() === 'false') return null;
  return decl;
}

/**
 * The editable root owning `node`: the field itself, or the outermost
 * contenteditable element above it. Editors nest editable islands inside
 * non-editable widgets (CKEditor 5 captions, ProseMirror node views); the
 * draft is always the whole outer region. Null when the node is not editable.
 */
export function editableRoot(node: Node | null): HTMLElement | null {
  const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  if (!element) return null;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') {
    return isEditableHost(element) ? (element as HTMLElement) : null;
  }
  let root = nearestEditableDecl(element);
  if (!root) {
    return element.tagName === 'BODY' && isEditableHost(element) ? (element as HTMLElement) : null;
  }
  for (let up = root.parentElement; up; up = up.parentElement) {
    const attr = up.getAttribute('contenteditable');
    if (attr !== null && attr.toLowerCase() !== 'false') root = up;
  }
  return root as HTMLElement;
}

/** The document inside a same-origin iframe; null for other elements and for frames the browser keeps from us. */
export function sameOriginDocument(frame: Element): Document | null {
  if (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin: the browser forbids it, and so do we
  }
}

/** `activeElement`, followed into open shadow roots and same-origin iframes. */
export function deepActiveElement(root: Document | ShadowRoot): Element | null {
  let active = root.activeElement;
  for (let depth = 0; active && depth < 32; depth++) {
    const inner = active.shadowRoot?.activeElement ?? sameOriginDocument(active)?.activeElement ?? null;
    if (!inner || inner === active) break;
    active = inner;
  }
  return active;
}

export function focusedEditable(root: Document = document): HTMLElement | null {
  return editableRoot(deepActiveElement(root));
}

/**
 * Calls `onEditable` each time the agent focuses an editable (deep). Focus moving
 * to a non-editable (the sidebar, a button) keeps the last editable: the draft
 * is still there. Same-origin iframes get their own listener, because focus
 * inside an iframe never reaches the parent document.
 */
export function trackFocusedEditable(
  root: Document,
  onEditable: (editable: HTMLElement) => void,
  signal: AbortSignal,
): void {
  const watched = new WeakSet<Document>();
  const onFocusIn = (event: Event) => {
    // Not `instanceof Node`: targets inside an iframe come from another realm.
    const target = event.composedPath()[0] as Node | undefined;
    if (typeof target?.nodeType !== 'number') return;
    const frameDocument = sameOriginDocument(target as Element);
    if (frameDocument) watch(frameDocument);
    const editable = editableRoot(frameDocument ? deepActiveElement(frameDocument) : (target as Node));
    if (editable) onEditable(editable);
  };
  const watch = (doc: Document) => {
    if (watched.has(doc)) return;
    watched.add(doc);
    doc.addEventListener('focusin', onFocusIn, { capture: true, signal });
    for (const frame of doc.querySelectorAll('iframe')) {
      const inner = sameOriginDocument(frame);
      if (inner) watch(inner);
    }
  };
  watch(root);
  // Focus entering an iframe blurs the parent window and leaves the iframe as activeElement.
  root.defaultView?.addEventListener(
    'blur',
    () => {
      const frameDocument = root.activeElement && sameOriginDocument(root.activeElement);
      if (!frameDocument) return;
      watch(frameDocument);
      const editable = editableRoot(deepActiveElement(frameDocument));
      if (editable) onEditable(editable);
    },
    { signal },
  );
}
