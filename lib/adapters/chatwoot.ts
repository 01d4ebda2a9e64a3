import { messageTexts } from '@/lib/dom/message-text';
import { editableWithin, queryFirst } from '@/lib/dom/query-first';
import { genericComposer, genericCustomerMessages } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence: docs/helpdesks.md, "Chatwoot" — Chatwoot's own components (Message.vue). */

// /app/accounts/<n>/conversations/<n>, also below inbox/label/team prefixes (those are not verified).
const CONVERSATION_PATH = /^\/app\/accounts\/(\d+)\/(?:[^/]+\/\d+\/)?conversations\/(\d+)(?:\/|$)/;

const COMPOSERS = [
  // Chatwoot's reply box: ProseMirror with its own style class.
  '.ProseMirror-woot-style[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
];

const MESSAGE = 'div[id^="message"][data-message-id]';

/**
 * Chatwoot's page, whatever its address: app/views/layouts/vueapp.html.erb sets
 * `window.chatwootConfig = {…}` in an inline script on every dashboard page; a rendered
 * conversation has its own message rows and ProseMirror reply box.
 */
function recognise(doc: Document): boolean {
  const config = [...doc.querySelectorAll('script:not([src])')].some((script) =>
    script.textContent?.includes('window.chatwootConfig'),
  );
  return config || (doc.querySelector(MESSAGE) !== null && doc.querySelector('.ProseMirror-woot-style') !== null);
}

function findThread(scope: Element): Element | null {
  return scope.querySelector(MESSAGE)?.parentElement ?? null;
}

const chatwoot: HelpdeskAdapter = {
  id: 'chatwoot',
  name: 'Chatwoot',
  // Only Chatwoot's hosted cloud; self-hosted instances are added as custom sites.
  matches: ['https://app.chatwoot.com/app/*'],
  exampleUrls: [
    'https://app.chatwoot.com/app/accounts/3/conversations/418',
    'https://app.chatwoot.com/app/accounts/3/inbox/7/conversations/419',
  ],
  support: 'limited',
  noteKey: 'options_helpdeskNoteChatwoot',
  ticketKey(url) {
    if (url.hostname !== 'app.chatwoot.com') return null;
    const match = CONVERSATION_PATH.exec(url.pathname);
    return match ? `chatwoot:${match[1]}:${match[2]}` : null;
  },
  selfHosted: {
    recognise,
    examplePages: ['self-hosted-conversation', 'conversation'],
    ticketKey(url) {
      const match = CONVERSATION_PATH.exec(url.pathname);
      return match ? `chatwoot:${url.host}:${match[1]}:${match[2]}` : null;
    },
  },
  activeTicketScope(root) {
    // One conversation is shown at a time.
    return root.body;
  },
  findComposer(scope) {
    return editableWithin(queryFirst(scope, COMPOSERS)) ?? genericComposer(scope);
  },
  findThread,
  customerMessages(scope) {
    const thread = findThread(scope);
    if (!thread) return genericCustomerMessages(scope);
    // justify-end = sent by the current user; justify-center = activity. The incoming/outgoing
    // type is not in the DOM, so left-aligned (justify-start) is the best available signal.
    const items = [...thread.querySelectorAll(`${MESSAGE}.justify-start`)];
    return messageTexts(
      items,
      (item) => item.querySelector('[class*="grid-area:bubble"]') ?? item,
      '[aria-hidden="true"], .context-menu-wrap',
    );
  },
};

export default chatwoot;
