import { messageTexts } from '@/lib/dom/message-text';
import { editableRoot } from '@/lib/dom/focused-editable';
import { queryFirst } from '@/lib/dom/query-first';
import { genericComposer, genericCustomerMessages } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence for every selector: docs/helpdesks.md, "Intercom". */

// Current inbox route, and the old one that still 301-redirects to it.
const INBOX_PATH = /^\/a\/inbox\/([^/]+)\/inbox\/(?:[^/]+\/)*conversation\/(\d+)(?:\/|$)/;
const LEGACY_PATH = /^\/a\/apps\/([^/]+)\/conversations\/(\d+)(?:\/|$)/;

const COMPOSERS = [
  // 2025–26 inbox: ProseMirror inside the reply composer ("Support Copilot for Intercom").
  '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
  // Older Ember composer, reply (not note) tab (userscript, id 22916530167).
  '.conversation__text:not(.o__note) .embercom-prosemirror-composer-editor[contenteditable="true"]',
  // Same editor class without the tab wrapper (Support Copilot fallback).
  '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
  // Oldest: a selected block inside the editor (ids 17916445804, 2448005930); its editable root is the composer.
  '.intercom-interblocks-align-left.embercom-prosemirror-composer-block-selected',
];

const THREADS = ['[data-testid="conversation-stream-scroll-container"]'];

// Legacy `data-part-group-category`: 1 customer, 3 agent, 5 bot, 20 system.
const CUSTOMER_CATEGORY = '1';
// `data-author-type` values are not documented in public code; these are Intercom's API author types for end users.
const CUSTOMER_AUTHOR_TYPES = new Set(['user', 'lead', 'contact']);

const BODIES = ['.interblocks-html', '.inbox-2__break-words'];
const NOT_MESSAGE_TEXT = '.channels__inbox__email-metadata-container, [aria-hidden="true"]';

function findThread(scope: Element): Element | null {
  return queryFirst(scope, THREADS);
}

/** Customer, agent or unknown, trying the generations of markers newest-evidence first. */
function authorOf(part: Element): 'customer' | 'staff' | 'unknown' {
  const group = part.closest('[data-part-group-category]');
  const category = group?.getAttribute('data-part-group-category');
  if (category) return category === CUSTOMER_CATEGORY ? 'customer' : 'staff';
  const authorType = part.closest('[data-author-type]')?.getAttribute('data-author-type');
  if (authorType) return CUSTOMER_AUTHOR_TYPES.has(authorType.toLowerCase()) ? 'customer' : 'staff';
  // Alignment: customers on the left. By mid-2026 rows may carry no alignment class at all (then unknown).
  const row = part.closest('.justify-start, .justify-end');
  if (row) return row.classList.contains('justify-start') ? 'customer' : 'staff';
  return 'unknown';
}

function partsOf(thread: Element): Element[] {
  // April 2026 onwards: Tailwind `group/content-part`; before that `data-part-id`.
  const parts = [...thread.querySelectorAll('[data-part-id], .group\\/content-part')];
  const outermost = parts.filter((part) => !parts.some((other) => other !== part && other.contains(part)));
  if (outermost.length > 0) return outermost;
  return [...thread.querySelectorAll('[data-part-group-id]')];
}

const intercom: HelpdeskAdapter = {
  id: 'intercom',
  name: 'Intercom',
  // The whole app, not just inbox paths: it is a single-page app, and a content
  // script only starts on full page loads. Regional hosts (app.eu/app.au) are not verified.
  matches: ['https://app.intercom.com/a/*'],
  exampleUrls: [
    'https://app.intercom.com/a/inbox/abc123xy/inbox/shared/all/conversation/215471',
    'https://app.intercom.com/a/apps/abc123xy/conversations/215471',
  ],
  support: 'full',
  noteKey: 'options_helpdeskNoteIntercom',
  ticketKey(url) {
    if (url.hostname !== 'app.intercom.com') return null;
    const match = INBOX_PATH.exec(url.pathname) ?? LEGACY_PATH.exec(url.pathname);
    return match ? `intercom:${match[1]}:${match[2]}` : null;
  },
  activeTicketScope(root) {
    // One conversation is shown at a time.
    return root.body;
  },
  findComposer(scope) {
    return editableRoot(queryFirst(scope, COMPOSERS)) ?? genericComposer(scope);
  },
  findThread,
  customerMessages(scope) {
    const thread = findThread(scope);
    if (!thread) return genericCustomerMessages(scope);
    const customerParts = partsOf(thread).filter((part) => authorOf(part) === 'customer');
    return messageTexts(customerParts, (part) => queryFirst(part, BODIES) ?? part, NOT_MESSAGE_TEXT);
  },
};

export default intercom;
