import { messageTexts } from '@/lib/dom/message-text';
import { editableWithin, queryFirst } from '@/lib/dom/query-first';
import { genericComposer, genericCustomerMessages } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Evidence: docs/helpdesks.md, "Zammad" — Zammad's own templates
 * (ticket_zoom/article_new.jst.eco, article_view.jst.eco) and shortcut code.
 */

// Hash-routed ticket view, as used in Zammad's own Capybara specs: `#ticket/zoom/<id>`.
const TICKET_HASH = /^#ticket\/zoom\/(\d+)(?:\/|$)/;

const COMPOSERS = [
  // Zammad's shortcut code: `.active.content .article-new .articleNewEdit-body`.
  '.article-new .articleNewEdit-body[contenteditable="true"]',
  // article_new.jst.eco: `div.js-textarea.articleNewEdit-body[contenteditable][data-name="body"]`.
  'div.js-textarea.articleNewEdit-body[data-name="body"]',
  '.articleNewEdit-body',
];

// Articles are `.ticket-article-item` rows; their container class is not in the sources, so the parent is used.
const ARTICLE = '.ticket-article-item';

/** The meta rows (from/to/channel), avatar and time are not the message. */
const NOT_MESSAGE_TEXT = '.article-meta-clip, .bubble-arrow, .avatar, time, [aria-hidden="true"]';

/** The ticket shown by a hash route, on any host: a self-hosted Zammad lives at the customer's address. */
function ticketKeyOnAnyHost(url: URL): string | null {
  const id = TICKET_HASH.exec(url.hash)?.[1];
  return id ? `zammad:${url.hostname}:${id}` : null;
}

/**
 * Zammad's page, whatever its address: app/views/layouts/application.html.erb loads
 * `script#zammad_form_script` on every page, and the running app keeps each open tab in a
 * `#content_permanent_<key>` div (app/assets/javascripts/app/lib/app_post/task_manager.coffee).
 */
function recognise(doc: Document): boolean {
  if (doc.querySelector('script#zammad_form_script[src*="form/form.js"]')) return true;
  return (
    doc.querySelector(
      '.content[id^="content_permanent_"] .ticket-article-item, .content[id^="content_permanent_"] .articleNewEdit-body',
    ) !== null
  );
}

function findThread(scope: Element): Element | null {
  return scope.querySelector(ARTICLE)?.parentElement ?? null;
}

const zammad: HelpdeskAdapter = {
  id: 'zammad',
  name: 'Zammad',
  // Only Zammad's hosted cloud; self-hosted instances are added as custom sites.
  matches: ['https://*.zammad.com/*'],
  exampleUrls: ['https://acme.zammad.com/#ticket/zoom/311', 'https://support-desk.zammad.com/#ticket/zoom/4/12'],
  support: 'full',
  noteKey: 'options_helpdeskNoteZammad',
  ticketKey: (url) => (url.hostname.endsWith('.zammad.com') ? ticketKeyOnAnyHost(url) : null),
  selfHosted: {
    recognise,
    examplePages: ['self-hosted-ticket-zoom', 'ticket-zoom-tabs'],
    ticketKey: ticketKeyOnAnyHost,
  },
  activeTicketScope(root) {
    // Every open ticket tab keeps its `.content` in the DOM; the visible one is `.active`.
    return root.querySelector('.content.active');
  },
  findComposer(scope) {
    return editableWithin(queryFirst(scope, COMPOSERS)) ?? genericComposer(scope);
  },
  findThread,
  customerMessages(scope) {
    const thread = findThread(scope);
    if (!thread) return genericCustomerMessages(scope);
    // article_view.jst.eco: `ticket-article-item <sender> <type>`, sender is customer, agent or system;
    // internal articles carry `text-bubble internal` (userscripts also see `.is-internal`).
    const items = [...thread.querySelectorAll(`${ARTICLE}.customer`)].filter(
      (item) => !item.matches('.is-internal') && !item.querySelector('.text-bubble.internal, .is-internal'),
    );
    return messageTexts(items, (item) => item.querySelector('.text-bubble') ?? item, NOT_MESSAGE_TEXT);
  },
};

export default zammad;
