import { editorKind, type EditorKind } from '@/lib/dom/editor-kind';
import { focusedEditable, editableRoot, trackFocusedEditable } from '@/lib/dom/focused-editable';
import { readBlockText } from '@/lib/dom/read-block-text';
import { readEditableText } from '@/lib/dom/read-editable-text';
import { findRepeatedBlocks } from '@/lib/dom/repeated-blocks';
import type { CustomerMessage, HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Generic detection: for pages the user turned on without an adapter (custom
 * sites) and as the fallback of every adapter whose selectors find nothing.
 * Read-only, like the adapters.
 */

export { editorKind, readEditableText, trackFocusedEditable, focusedEditable, editableRoot };
export type { EditorKind };

const CANDIDATE_EDITABLES = 'textarea, [contenteditable]:not([contenteditable="false"])';

/**
 * The composer: the focused editable inside the scope (deep: open shadow roots,
 * same-origin iframes); else the only editable in the scope; else null, because
 * guessing between several boxes (search, subject, reply) would coach the wrong one.
 */
export function genericComposer(
  scope: Element,
  focused: HTMLElement | null = focusedEditable(scope.ownerDocument),
): HTMLElement | null {
  if (focused?.isConnected && containsDeep(scope, focused)) return focused;
  const roots = new Set<HTMLElement>();
  for (const candidate of scope.querySelectorAll(CANDIDATE_EDITABLES)) {
    const root = editableRoot(candidate);
    if (root && !root.closest('[hidden], [aria-hidden="true"]')) roots.add(root);
  }
  return roots.size === 1 ? [...roots][0]! : null;
}

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

export function genericThread(scope: Element, composer: Element | null = genericComposer(scope)): Element | null {
  return composer ? (findRepeatedBlocks(composer, scope)?.list ?? null) : null;
}

// Words helpdesks put in classes and data attributes to tell who wrote a message.
const CUSTOMER_MARK = /(^|[^a-z])(customer|end-?user|requester|incoming|inbound|contact|visitor)([^a-z]|$)/;
const STAFF_MARK = /(^|[^a-z])(agent|outgoing|outbound|internal|note|private|staff|operator|admin)([^a-z]|$)/;

function marks(block: Element): { customer: boolean; staff: boolean } {
  const attributes: string[] = [];
  for (const element of [block, ...block.querySelectorAll('*')].slice(0, 40)) {
    for (const name of element.getAttributeNames()) {
      if (name === 'class' || name === 'type' || name.startsWith('data-'))
        attributes.push(element.getAttribute(name) ?? '');
    }
  }
  const text = attributes.join(' ').toLowerCase();
  return { customer: CUSTOMER_MARK.test(text), staff: STAFF_MARK.test(text) };
}

/**
 * Messages of the thread near the composer, oldest first. When blocks carry
 * customer/staff markers, only customer blocks are kept; without any marker
 * every block is returned (the page gives no way to tell authors apart).
 */
export function genericCustomerMessages(
  scope: Element,
  composer: Element | null = genericComposer(scope),
): CustomerMessage[] {
  const found = composer && findRepeatedBlocks(composer, scope);
  if (!found) return [];
  const marked = found.blocks.map((element) => ({ element, ...marks(element) }));
  const anyCustomer = marked.some((block) => block.customer && !block.staff);
  const kept = marked.filter((block) =>
    anyCustomer ? block.customer && !block.staff : !block.staff || block.customer,
  );
  return kept
    .map(({ element }) => ({
      element,
      text: readBlockText(element, { skip: '[aria-hidden="true"], .signature, .gmail_signature' }),
    }))
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
    limitations:
      'An unknown site: the reply box is the editable you are typing in, and messages come from generic detection.',
    ticketKey(url) {
      // Without knowing the routes, the page address (hash routes included) stands for the ticket.
      return url.host === host ? `generic:${host}${url.pathname}${url.hash}` : null;
    },
    activeTicketScope: (root) => root.body,
    findComposer: (scope) => genericComposer(scope),
    findThread: (scope) => genericThread(scope),
    customerMessages: (scope) => genericCustomerMessages(scope),
  };
}
