import { editorKind, type EditorKind } from '@/lib/dom/editor-kind';
import { customerBlocks } from '@/lib/dom/author-marks';
import { findNoteBox, findReplyBox } from '@/lib/dom/find-composer';
import { findThread, refreshThread, type ThreadFound } from '@/lib/dom/find-thread';
import { focusedEditable, editableRoot, trackFocusedEditable } from '@/lib/dom/focused-editable';
import { isShown } from '@/lib/dom/is-shown';
import { messageBodyText } from '@/lib/dom/message-body-text';
import { oldestFirst } from '@/lib/dom/oldest-first';
import { readEditableText } from '@/lib/dom/read-editable-text';
import { genericTicketKey, urlNamesTicket } from '@/lib/adapters/generic-ticket-key';
import type { CustomerMessage, HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Generic detection: for pages the user turned on without an adapter (custom
 * sites) and as the fallback of every adapter whose selectors find nothing.
 * Read-only, like the adapters. docs/reader.md explains how it decides.
 */

export { editorKind, readEditableText, trackFocusedEditable, focusedEditable, editableRoot };
export type { EditorKind };

/** True when `node` is inside `scope`, crossing shadow roots and iframes on the way up. */
function containsDeep(scope: Element, node: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (scope.contains(current)) return true;
    // Duck-typed, not `instanceof`: nodes inside an iframe belong to another realm.
    const root = current.getRootNode() as Partial<ShadowRoot> & Partial<Document>;
    current = root.host ?? root.defaultView?.frameElement ?? null;
  }
  return false;
}

/**
 * The reply box: the focused editor when it is a visible reply box (open shadow
 * roots and same-origin iframes included), else the one visible reply box, else
 * null: guessing between several boxes (search, subject, reply) would coach the wrong one.
 */
export function genericComposer(
  scope: Element,
  focused: HTMLElement | null = focusedEditable(scope.ownerDocument),
): HTMLElement | null {
  // A one-line field (search, subject, Cc) is never where a reply is written.
  const typing = focused?.tagName === 'INPUT' ? null : focused;
  if (typing?.isConnected && typing.getRootNode() !== scope.ownerDocument && containsDeep(scope, typing)) {
    return typing; // inside an open shadow root: visibleEditables cannot see it, focus can
  }
  return findReplyBox(scope, typing);
}

export function genericNoteBox(scope: Element): HTMLElement | null {
  return genericComposer(scope) ? null : findNoteBox(scope);
}

// The last search in each scope: a full search walks the page, re-checking a found list costs little.
const searches = new WeakMap<Element, { found: ThreadFound | null; at: number; size: number }>();
// A page with no thread yet and no new elements is searched again at most this often (the watcher
// asks several times a second); a page that grew (late history, a new view) is searched at once.
const SEARCH_AGAIN_MS = 1_000;

function stillThere(found: ThreadFound): boolean {
  return found.list.isConnected && found.blocks.some((block) => block.isConnected) && isShown(found.list);
}

function threadIn(scope: Element, now = Date.now()): ThreadFound | null {
  const last = searches.get(scope);
  const size = scope.getElementsByTagName('*').length;
  if (last && !last.found && last.size === size && now - last.at < SEARCH_AGAIN_MS) return null;
  // New messages land in the same list; only a list that left the page sends us searching the whole page.
  const found = (last?.found && stillThere(last.found) ? refreshThread(last.found) : null) ?? findThread(scope);
  searches.set(scope, { found, at: now, size });
  return found;
}

export function genericThread(scope: Element): Element | null {
  return threadIn(scope)?.list ?? null;
}

/**
 * The customer's messages, oldest first: the thread's blocks marked as the
 * customer's when the page marks authors, else every block not marked as staff
 * (a page that marks nobody gives no way to tell authors apart).
 */
export function genericCustomerMessages(scope: Element): CustomerMessage[] {
  const found = threadIn(scope);
  if (!found) return [];
  return oldestFirst(customerBlocks(found.blocks))
    .map((element) => ({ element, text: messageBodyText(element) }))
    .filter((message) => message.text !== '');
}

/**
 * An adapter for a site the user added (custom-site flow): matches only the
 * granted origin and does everything with generic detection.
 */
export function genericAdapter(origin: string): HelpdeskAdapter {
  const { protocol, host } = new URL(origin);
  return {
    id: 'generic',
    name: host,
    matches: [`${protocol}//${host}/*`],
    exampleUrls: [],
    support: 'limited',
    noteKey: 'options_helpdeskNoteOtherSite',
    ticketKey: (url) => (url.host === host ? genericTicketKey(url) : null),
    urlNamesTicket,
    activeTicketScope: (root) => root.body,
    findComposer: (scope) => genericComposer(scope),
    findNoteBox: genericNoteBox,
    findThread: genericThread,
    customerMessages: genericCustomerMessages,
  };
}
