import { editableWithin, queryFirst } from '@/lib/dom/query-first';
import { genericComposer, genericCustomerMessages, genericThread } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence: docs/helpdesks.md, "Freshdesk" (a DOM-utilities userscript, id 32226231479; toggl). */

const TICKET_PATH = /^\/a\/tickets\/(\d+)(?:\/|$)/;

const COMPOSERS = [
  // Froala reply editor (weak evidence: the script probes several editors).
  '.reply-editor .fr-element.fr-view[contenteditable="true"]',
  '.reply-box .fr-element.fr-view[contenteditable="true"]',
  'div.fr-wrapper div[contenteditable="true"]',
];

const freshdesk: HelpdeskAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  // The agent app lives under /a/ and navigates without page loads.
  matches: ['https://*.freshdesk.com/a/*'],
  exampleUrls: ['https://acme.freshdesk.com/a/tickets/1207', 'https://help-team.freshdesk.com/a/tickets/58'],
  support: 'limited',
  noteKey: 'options_helpdeskNoteFreshdesk',
  ticketKey(url) {
    if (!url.hostname.endsWith('.freshdesk.com')) return null;
    const id = TICKET_PATH.exec(url.pathname)?.[1];
    return id ? `freshdesk:${url.hostname}:${id}` : null;
  },
  activeTicketScope(root) {
    return root.body;
  },
  findComposer(scope) {
    // The editor may only exist after clicking the reply area ([data-aid="reply-click-area"]).
    return editableWithin(queryFirst(scope, COMPOSERS)) ?? genericComposer(scope);
  },
  findThread(scope) {
    return genericThread(scope);
  },
  customerMessages(scope) {
    return genericCustomerMessages(scope);
  },
};

export default freshdesk;
