import { genericComposer, genericCustomerMessages, genericThread } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence: docs/helpdesks.md, "Front" (URLs only); in-app routes from public links (e.g. …/inboxes/shared/support/open/121516198). */

// Deep link /open/cnv_<id>, or an inbox route ending in the numeric conversation id.
const DEEP_LINK = /^\/open\/(cnv_[a-z0-9]+)(?:\/|$)/;
const INBOX_ROUTE = /^\/inboxes\/(?:[^/]+\/)+(\d{6,})(?:\/|$)/;

const front: HelpdeskAdapter = {
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*'],
  exampleUrls: [
    'https://app.frontapp.com/open/cnv_55a1b2c3',
    'https://app.frontapp.com/inboxes/shared/support/open/121516198',
  ],
  support: 'limited',
  noteKey: 'options_helpdeskNoteFront',
  ticketKey(url) {
    if (url.hostname !== 'app.frontapp.com') return null;
    const id = DEEP_LINK.exec(url.pathname)?.[1] ?? INBOX_ROUTE.exec(url.pathname)?.[1];
    return id ? `front:${id}` : null;
  },
  activeTicketScope(root) {
    return root.body;
  },
  findComposer: (scope) => genericComposer(scope),
  findThread: (scope) => genericThread(scope),
  customerMessages: (scope) => genericCustomerMessages(scope),
};

export default front;
