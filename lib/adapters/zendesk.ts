import { editableWithin, queryFirst } from '@/lib/dom/query-first';
import { messageTexts } from '@/lib/dom/message-text';
import { genericComposer, genericCustomerMessages } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence for every selector: docs/helpdesks.md, "Zendesk (Agent Workspace)". */

const TICKET_PATH = /^\/agent\/tickets\/(\d+)(?:\/|$)/;

const COMPOSERS = [
  // Agent Workspace rich text reply (CKEditor 5); the most widely used selector in public scripts.
  '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  // Messaging channels' plain-text composer (ALT Copilot userscript).
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  // Older ticket editor wrappers (same userscript keeps them as fallbacks).
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
  '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]',
  // Any future omnicomposer variant (command-palette userscript's prefix match).
  '[data-test-id^="omnicomposer-"][contenteditable="true"]',
  // Last resort inside the ticket: a CKEditor 5 root (the composer's editor per the QA checklist).
  '.ck-editor__editable[contenteditable="true"]',
];

const THREADS = ['[data-test-id="omni-log-container"]'];

/** Read indicators and signatures are not what the customer said ("Transcript extraction" script). */
const NOT_MESSAGE_TEXT = 'svg[data-test-id="convo-log-item-read-indicator"], div.signature, [aria-hidden="true"]';

function ticketIdFrom(url: string): string | null {
  try {
    return TICKET_PATH.exec(new URL(url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

function findThread(scope: Element): Element | null {
  return queryFirst(scope, THREADS);
}

function isCustomerItem(item: Element): boolean {
  const message = item.matches('[data-test-id="omni-log-item-message"]')
    ? item
    : item.querySelector('[data-test-id="omni-log-item-message"]');
  if (!message || message.closest('[aria-hidden="true"]')) return false;
  if (item.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return false;
  // `type` is `end-user`, `agent` or `internal` on the message div.
  return message.getAttribute('type') === 'end-user';
}

const zendesk: HelpdeskAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['https://*.zendesk.com/agent/*'],
  exampleUrls: ['https://acme.zendesk.com/agent/tickets/4242', 'https://help-eu.zendesk.com/agent/tickets/17/events'],
  support: 'full',
  ticketKey(url) {
    if (!url.hostname.endsWith('.zendesk.com')) return null;
    const id = TICKET_PATH.exec(url.pathname)?.[1];
    return id ? `zendesk:${url.hostname}:${id}` : null;
  },
  activeTicketScope(root) {
    // Several ticket tabs stay in the DOM; only the visible one is the agent's.
    // Sept 2023+ layout: one grid per tab, the visible one flagged (toggl zendesk.js).
    const activeGrid = root.querySelector('.ticket-panes-grid-layout[data-is-active="true"]');
    if (activeGrid) return activeGrid;
    // Panes keyed by ticket id (public userscript, id 57707539471): pick the URL's ticket.
    const id = ticketIdFrom(root.URL);
    const pane = id ? root.querySelector(`[data-ticket-id="${id}"]`) : null;
    if (pane) return pane;
    // A single open ticket needs no disambiguation; several without a marker is unsure.
    const logs = root.querySelectorAll(THREADS.join(', '));
    return logs.length === 1 ? root.body : null;
  },
  findComposer(scope) {
    return editableWithin(queryFirst(scope, COMPOSERS)) ?? genericComposer(scope);
  },
  findThread,
  customerMessages(scope) {
    const thread = findThread(scope);
    if (!thread) return genericCustomerMessages(scope);
    let items = [...thread.querySelectorAll('article[data-test-id="omni-log-comment-item"]')];
    if (items.length === 0) items = [...thread.querySelectorAll('[data-test-id="omni-log-item-message"]')];
    return messageTexts(
      items.filter(isCustomerItem),
      (item) =>
        item.querySelector('[data-test-id="omni-log-message-content"]') ??
        item.querySelector('[data-test-id="omni-log-item-message"]') ??
        item,
      NOT_MESSAGE_TEXT,
    );
  },
};

export default zendesk;
