/**
 * An adapter knows one helpdesk's URLs and DOM. It only reads: it never writes
 * into the host page, never moves the caret, and returns null when unsure so the
 * caller can fall back to generic detection.
 */

export type AdapterSupport = 'full' | 'limited';

export interface CustomerMessage {
  element: Element;
  text: string;
}

export interface HelpdeskAdapter {
  /** Equals the file name in lib/adapters/. */
  id: string;
  name: string;
  /** Match patterns for the manifest (content script and host permissions). */
  matches: string[];
  /** URLs of ticket views, used by tests (true here, false for every other adapter). */
  exampleUrls: string[];
  /** 'limited' when public facts were too thin and generic detection does the work. */
  support: AdapterSupport;
  /** What this adapter cannot tell from public facts; shown on the options page. */
  limitations?: string;
  /** The ticket identity from the URL, or null when the URL is not a ticket view. */
  ticketKey(url: URL): string | null;
  /** The element holding the active ticket (several tickets can be in the DOM at once). */
  activeTicketScope(root: Document): Element | null;
  /** The reply editor inside the scope (textarea or contenteditable root). */
  findComposer(scope: Element): HTMLElement | null;
  /** The element to observe for new messages, if any. */
  findThread(scope: Element): Element | null;
  /** Customer (end-user) messages in the scope, oldest first; agent messages and internal notes excluded. */
  customerMessages(scope: Element): CustomerMessage[];
}
