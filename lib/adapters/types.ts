/**
 * An adapter knows one helpdesk's URLs and DOM. It only reads: it never writes
 * into the host page, never moves the caret, and returns null when unsure so the
 * caller can fall back to generic detection.
 */

export type AdapterSupport = 'full' | 'limited';

/** A message in public/_locales, named after the helpdesk: the note travels translated, never as code. */
export type HelpdeskNoteKey = `options_helpdeskNote${string}`;

export interface CustomerMessage {
  element: Element;
  text: string;
}

/**
 * How a self-hosted helpdesk is recognised from its own page, whatever address
 * the customer runs it at (issue 13, must have 2). Markers are things the product
 * renders on every agent page: body ids, an app config global in inline script,
 * characteristic asset paths.
 */
export interface PageRecognition {
  /** True when the page is this product's agent UI. Reads only; cheap enough to run once per page load. */
  recognise(doc: Document): boolean;
  /** Saved pages (tests/fixtures/helpdesks/<id>/<name>.html) on which `recognise` must hold. */
  examplePages: string[];
  /** The ticket identity from a URL on any host (the server lives at the customer's own address). */
  ticketKey(url: URL): string | null;
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
  /**
   * What Heartdesk can and cannot read on this helpdesk and what the agent can do about it,
   * shown on the options page; one line per point, separated by newlines in the message.
   */
  noteKey?: HelpdeskNoteKey;
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
  /**
   * A visible internal-note editor, when the page shows one and no reply box: the sidebar
   * then says it coaches replies to the customer only. Absent: the page has no such tell.
   */
  findNoteBox?(scope: Element): HTMLElement | null;
  /**
   * Whether the address alone says a ticket is open. Absent means yes whenever `ticketKey`
   * gives a key; generic detection answers no on queue-like addresses, and there the
   * sidebar waits until something is read.
   */
  urlNamesTicket?(url: URL): boolean;
  /**
   * True for a ticket page that never shows the conversation (Request Tracker's reply and
   * comment pages): when nothing was read there, the sidebar points to the ticket's own page
   * instead of offering to be shown messages that are not on this one.
   */
  threadOnOtherPage?(url: URL): boolean;
  /**
   * The narrowest page, in CSS px, this helpdesk's own layout still handles. Set for helpdesks
   * that fit their menus to the window rather than to the page: narrowing the page for the
   * docked sidebar would make their menus overlap, so below this the sidebar is a slim rail.
   */
  minPageWidth?: number;
  /** Present for products customers host themselves: recognised by their page (lib/adapters/self-hosted.ts). */
  selfHosted?: PageRecognition;
}
