import { messageTexts } from '@/lib/dom/message-text';
import { editableWithin, queryFirst } from '@/lib/dom/query-first';
import { genericComposer, genericCustomerMessages } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence for every selector: docs/helpdesks.md, "Help Scout". */

// e.g. /conversation/2199011258/891142?folderId=39835 (id, then the conversation number)
const CONVERSATION_PATH = /^\/conversation\/(\d+)(?:\/|$)/;

const COMPOSERS = [
  // Current React UI, Slate editor ("Help Scout uses Slate v0.47", freescout-gpt-assistant adapter).
  '[data-cy="ConvoEditor"]',
  '[data-testid="reply-editor"]',
  '[role="textbox"][aria-label="Reply Editor"]',
  '[data-slate-editor="true"]',
  '.editor-container[contenteditable="true"]',
  // Older UI on Redactor ("CX Copilot", id 2448005930).
  '.redactor_editor[contenteditable="true"]',
];

const THREADS = ['[data-testid="ThreadContainer"]', 'ol[aria-label="Thread Items"]', '#convo-main'];

/** Author names and timestamps sit inside each item; they are not the message. */
const NOT_MESSAGE_TEXT = 'span[data-nocollapse="true"], time, [aria-hidden="true"], .signature';

function findThread(scope: Element): Element | null {
  return queryFirst(scope, THREADS);
}

/**
 * The public adapter's DOM check: an `is-customer` class or an aria-label
 * mentioning the customer. Notes are left out by the same signals (`note`).
 */
function isCustomerItem(item: Element): boolean {
  const label = (item.getAttribute('aria-label') ?? '').toLowerCase();
  if (item.matches('.is-note, [class*="note"]') || label.includes('note')) return false;
  return item.classList.contains('is-customer') || label.includes('customer');
}

const helpscout: HelpdeskAdapter = {
  id: 'helpscout',
  name: 'Help Scout',
  // The whole app host: a single-page app; conversations open without a page load.
  matches: ['https://secure.helpscout.net/*'],
  exampleUrls: [
    'https://secure.helpscout.net/conversation/2199011258/891142?folderId=39835',
    'https://secure.helpscout.net/conversation/3382659721/11535/',
  ],
  support: 'full',
  noteKey: 'options_helpdeskNoteHelpScout',
  ticketKey(url) {
    if (url.hostname !== 'secure.helpscout.net') return null;
    const id = CONVERSATION_PATH.exec(url.pathname)?.[1];
    return id ? `helpscout:${id}` : null;
  },
  activeTicketScope(root) {
    // One conversation is shown at a time.
    return root.body;
  },
  findComposer(scope) {
    // The editor may not exist until Reply is clicked: then nothing is found, which is right.
    return editableWithin(queryFirst(scope, COMPOSERS)) ?? genericComposer(scope);
  },
  findThread,
  customerMessages(scope) {
    const thread = findThread(scope);
    if (!thread) return genericCustomerMessages(scope);
    const items = [...thread.querySelectorAll('div[id^="thread-"]')].filter(isCustomerItem);
    return messageTexts(items, (item) => item, NOT_MESSAGE_TEXT);
  },
};

export default helpscout;
