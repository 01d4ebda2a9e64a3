import { messageTexts } from '@/lib/dom/message-text';
import { editableWithin, queryFirst } from '@/lib/dom/query-first';
import { genericComposer, genericCustomerMessages } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence: docs/helpdesks.md, "Gmail", and public Gmail helpers (`.adn.ads`, `.gD[email]`, `.a3s`). */

// Hash-routed: #inbox/<threadId>, #label/Support/<threadId>, #search/…/<threadId>.
const THREAD_ID = /\/([A-Za-z0-9_-]{16,})$/;
const ACCOUNT_PATH = /^\/mail\/u\/(\d+)\//;

const COMPOSERS = [
  // Body of a reply or compose window; the aria-label is localised, so the g_editable one comes first.
  'div[role="textbox"][g_editable="true"]',
  'div[contenteditable="true"][role="textbox"][aria-label="Message Body"]',
];

// Expanded messages of the open thread.
const MESSAGE = '.adn.ads';
// Quoted history and signatures (Gmail's own HTML classes; not in helpdesks.md, widely seen in mail HTML).
const NOT_MESSAGE_TEXT = '.gmail_quote, .gmail_signature, [aria-hidden="true"]';

function findThread(scope: Element): Element | null {
  return scope.querySelector(MESSAGE)?.parentElement ?? null;
}

const senderOf = (message: Element) => message.querySelector('.gD')?.getAttribute('email')?.toLowerCase() ?? null;

const gmail: HelpdeskAdapter = {
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/mail/*'],
  exampleUrls: [
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbpTkqZvLsrNcHdWmPtBxRs',
    'https://mail.google.com/mail/u/1/#label/Support/FMfcgzQXKBnmRwPLtqSvZxCdFgHjKlMn',
  ],
  support: 'limited',
  noteKey: 'options_helpdeskNoteGmail',
  ticketKey(url) {
    if (url.hostname !== 'mail.google.com') return null;
    const id = THREAD_ID.exec(url.hash)?.[1];
    return id ? `gmail:${ACCOUNT_PATH.exec(url.pathname)?.[1] ?? '0'}:${id}` : null;
  },
  activeTicketScope(root) {
    return root.querySelector('[role="main"]') ?? root.body;
  },
  findComposer(scope) {
    return editableWithin(queryFirst(scope, COMPOSERS)) ?? genericComposer(scope);
  },
  findThread,
  customerMessages(scope) {
    const thread = findThread(scope);
    if (!thread) return genericCustomerMessages(scope);
    const messages = [...thread.querySelectorAll(MESSAGE)];
    const customer = messages.length > 0 ? senderOf(messages[0]!) : null;
    if (!customer) return [];
    return messageTexts(
      messages.filter((message) => senderOf(message) === customer),
      (message) => message.querySelector('.a3s') ?? message,
      NOT_MESSAGE_TEXT,
    );
  },
};

export default gmail;
