import { editableRoot, focusedEditable, sameOriginDocument } from '@/lib/dom/focused-editable';
import { isShownDeep } from '@/lib/dom/is-shown';

/**
 * Where the agent writes, for helpdesks without an adapter (issue 13, failure
 * modes 2 and 3): only editors the agent can see count (a display:none textarea
 * behind a rich editor and a hidden reply block are not reply boxes), editors
 * inside same-origin iframes count (CKEditor 4, TinyMCE), and an internal-note
 * box is told apart from the reply box by the words around it.
 */

const EDITABLES = 'textarea, [contenteditable]:not([contenteditable="false"])';
// Words a note box carries in its id, name, class, placeholder or label (osTicket `internal_note`,
// Zendesk "internal note", Request Tracker "Comment", FreeScout `conv-note-block`).
const NOTE_WORD = /(^|[^a-z])(notes?|internal|private|comments?)([^a-z]|$)/i;
const REPLY_WORD = /(^|[^a-z])(reply|replies|response|respond|answer|compose|composer)([^a-z]|$)/i;
const CONTEXT_ATTRIBUTES = ['id', 'name', 'class', 'placeholder', 'aria-label', 'title', 'action'];
// How far up the words around an editor are looked for: its wrapper, never the whole page.
const CONTEXT_LEVELS = 5;

/** The editable roots in the scope and its same-origin iframes that the agent can see. */
export function visibleEditables(scope: Element): HTMLElement[] {
  const roots = new Set<HTMLElement>();
  for (const candidate of scope.querySelectorAll(EDITABLES)) {
    const root = editableRoot(candidate);
    if (root && !(root as HTMLTextAreaElement).disabled && isShownDeep(root)) roots.add(root);
  }
  for (const frame of scope.querySelectorAll('iframe')) {
    const body = sameOriginDocument(frame)?.body;
    const root = body && editableRoot(body);
    if (root && isShownDeep(root)) roots.add(root);
  }
  return [...roots];
}

// Summernote names all of its own parts `note-…` (note-editor, note-editable): no note box is meant.
const EDITOR_OWN_CLASS = /^note-/;

function attributeWords(node: Element, name: string): string {
  const value = node.getAttribute(name) ?? '';
  return name === 'class'
    ? value
        .split(/\s+/)
        .filter((token) => !EDITOR_OWN_CLASS.test(token))
        .join(' ')
    : value;
}

/** The words on the editor and its close wrappers; an iframe editor speaks through its frame element. */
function contextWords(editable: Element): string {
  const start = editable.ownerDocument.defaultView?.frameElement ?? editable;
  const words: string[] = [];
  let node: Element | null = start;
  for (let level = 0; node && level <= CONTEXT_LEVELS; level++, node = node.parentElement) {
    for (const name of CONTEXT_ATTRIBUTES) words.push(attributeWords(node, name));
    for (const name of node.getAttributeNames())
      if (name.startsWith('data-')) words.push(node.getAttribute(name) ?? '');
    if (node.tagName === 'FORM') break;
  }
  return words.join(' ');
}

export function isNoteBox(editable: Element): boolean {
  return NOTE_WORD.test(contextWords(editable));
}

/**
 * The reply box: the focused one when the agent is in a reply box; else the
 * only visible one; else the only one that names itself a reply. Null rather
 * than a guess between several (search, subject, reply).
 */
export function findReplyBox(
  scope: Element,
  focused: HTMLElement | null = focusedEditable(scope.ownerDocument),
): HTMLElement | null {
  const replies = visibleEditables(scope).filter((editable) => !isNoteBox(editable));
  if (focused && replies.includes(focused)) return focused;
  if (replies.length === 1) return replies[0]!;
  const named = replies.filter((editable) => REPLY_WORD.test(contextWords(editable)));
  return named.length === 1 ? named[0]! : null;
}

/** A visible note box, when one is open and no reply box is: the sidebar then says it coaches replies only. */
export function findNoteBox(scope: Element): HTMLElement | null {
  return visibleEditables(scope).find(isNoteBox) ?? null;
}
