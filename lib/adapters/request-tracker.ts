import { editableRoot, sameOriginDocument } from '@/lib/dom/focused-editable';
import { isShown } from '@/lib/dom/is-shown';
import { messageTexts } from '@/lib/dom/message-text';
import { withoutReplyHistory } from '@/lib/dom/reply-history';
import type { CustomerMessage, HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Request Tracker 5, self-hosted only. Evidence: RT 5.0.3 from Debian's packages,
 * run locally and read in the browser (docs/helpdesks.md, "Request Tracker 5";
 * saved pages in tests/fixtures/helpdesks/request-tracker/), and RT's own source
 * under /usr/share/request-tracker5 (Elements/ShowTransaction, Ticket/Update.html,
 * Ticket/Elements/DelayShowHistory, static/js/event-registration.js).
 */

// Ticket pages keep the id in the query string; WebPath may put RT below a prefix (Debian's default is /rt).
const TICKET_PAGE = /\/Ticket\/(?:Display|Update|History)\.html$/;
// Update.html is both the reply and the comment page: a form, with no history on it.
const REPLY_OR_COMMENT_PAGE = /\/Ticket\/Update\.html$/;

/**
 * RT builds many of its own links with `;` between parameters (the page menu's Reply is
 * `Update.html?Action=Respond;id=1`), which Perl's CGI accepts and URLSearchParams does not split.
 */
function ticketId(url: URL): string | null {
  for (const pair of url.search.slice(1).split(/[&;]/)) {
    const [name, value] = pair.split('=');
    if (name === 'id' && value && /^\d+$/.test(value)) return value;
  }
  return null;
}

function ticketKey(url: URL): string | null {
  if (!TICKET_PAGE.test(url.pathname)) return null;
  const id = ticketId(url);
  return id ? `request-tracker:${url.host}:${id}` : null;
}

/**
 * Every RT page is the Mason component it came from (`<body id="comp-Ticket-Display">`)
 * and carries RT's config global in an inline script (`RT.Config = {…"rtname":…}`) or
 * RT's squished assets under /NoAuth/.
 */
function recognise(doc: Document): boolean {
  if (!doc.body?.id.startsWith('comp-')) return false;
  if (doc.querySelector('script[src*="/NoAuth/js/"], link[href*="/NoAuth/css/"]')) return true;
  return [...doc.querySelectorAll('script:not([src])')].some(
    (script) => script.textContent?.includes('RT.Config') && script.textContent.includes('"rtname"'),
  );
}

// The history lands here after the page (jQuery .load of /Helpers/TicketHistory), in each of
// RT's ShowHistory modes: delay (default), click, scroll/always.
const THREADS = ['#delayed_ticket_history', '#deferred_ticket_history', '.history.ticket', '.history-container'];
// Mail-like transactions (create, correspond, comment); status changes are `basics`/`other`.
const MESSAGE_TRANSACTION = '.transaction.Ticket-transaction.message[data-transaction-id]';
// Quoted mail: RT folds it into nested stanzas behind a "Show quoted text" folder.
const QUOTED = '.message-stanza .message-stanza, .message-stanza-folder, blockquote, .gmail_quote';

/** The ticket's requestors, from the People box: only their transactions are the customer's. */
function requestorIds(scope: Element): Set<string> {
  const users = scope.querySelectorAll('.ticket-info-people .form-row.requestors .user[data-user-id]');
  return new Set([...users].map((user) => user.getAttribute('data-user-id')!));
}

function authorId(transaction: Element): string | null {
  return transaction.querySelector('.metadata .description .user[data-user-id]')?.getAttribute('data-user-id') ?? null;
}

function transactionId(transaction: Element): number {
  return Number(transaction.getAttribute('data-transaction-id'));
}

/**
 * The editor in RT's message box. RT marks the box `action-response` or `action-private`
 * and swaps the class when "Update Type" changes (event-registration.js), so the class
 * says whether the agent is replying to the requestors or writing an internal comment.
 */
function editorIn(scope: Element, action: 'response' | 'private'): HTMLElement | null {
  const box = scope.querySelector(`.messagebox-container.action-${action}`);
  if (!box) return null;
  // CKEditor 4 edits a body inside the iframe it builds at run time, same origin.
  const frame = box.querySelector<HTMLIFrameElement>('iframe.cke_wysiwyg_frame');
  const body = frame && isShown(frame) ? sameOriginDocument(frame)?.body : null;
  const editor = body && editableRoot(body);
  if (editor) return editor;
  // Until CKEditor is up (or with rich text turned off) the textarea is the editor.
  const textarea = box.querySelector<HTMLTextAreaElement>('textarea.messagebox');
  return textarea && isShown(textarea) ? textarea : null;
}

const requestTracker: HelpdeskAdapter = {
  id: 'request-tracker',
  name: 'Request Tracker',
  // No hosted service to match: RT always runs at the customer's own address and is recognised by its page.
  matches: [],
  exampleUrls: [
    'https://rt.example.org/Ticket/Display.html?id=1',
    'https://support.example.org/rt/Ticket/Update.html?id=42&Action=Respond',
  ],
  support: 'full',
  noteKey: 'options_helpdeskNoteRequestTracker',
  ticketKey,
  threadOnOtherPage: (url) => REPLY_OR_COMMENT_PAGE.test(url.pathname),
  // RT folds its top menus by the window's width (rebalanceOverflowMenu in its theme), not the
  // page's: unfolded, they need about 1,100 px beside its search box and logo.
  minPageWidth: 1100,
  selfHosted: {
    recognise,
    examplePages: ['display-angry', 'display-confused', 'display-grateful', 'reply', 'reply-before-editor', 'comment'],
    ticketKey,
  },
  activeTicketScope: (root) => root.body,
  findComposer: (scope) => editorIn(scope, 'response'),
  findNoteBox: (scope) => editorIn(scope, 'private'),
  findThread: (scope) => THREADS.map((selector) => scope.querySelector(selector)).find(Boolean) ?? null,
  customerMessages(scope): CustomerMessage[] {
    const requestors = requestorIds(scope);
    if (requestors.size === 0) return [];
    const theirs = [...scope.querySelectorAll(MESSAGE_TRANSACTION)]
      .filter((transaction) => requestors.has(authorId(transaction) ?? ''))
      // RT can list newest first (ReverseTxns, OldestTransactionsFirst); transaction ids only grow.
      .sort((a, b) => transactionId(a) - transactionId(b));
    return messageTexts(theirs, (transaction) => transaction.querySelector('.messagebody') ?? transaction, QUOTED)
      .map((message) => ({ ...message, text: withoutReplyHistory(message.text) }))
      .filter((message) => message.text !== '');
  },
};

export default requestTracker;
