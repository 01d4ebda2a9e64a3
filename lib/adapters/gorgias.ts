import { genericComposer, genericCustomerMessages, genericThread } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence: docs/helpdesks.md, "Gorgias" (URL pattern only). */

const TICKET_PATH = /^\/app\/ticket\/(\d+)(?:\/|$)/;

const gorgias: HelpdeskAdapter = {
  id: 'gorgias',
  name: 'Gorgias',
  matches: ['https://*.gorgias.com/app/*'],
  exampleUrls: ['https://acme.gorgias.com/app/ticket/180507823', 'https://shop-help.gorgias.com/app/ticket/63091193'],
  support: 'limited',
  noteKey: 'options_helpdeskNoteGorgias',
  ticketKey(url) {
    if (!url.hostname.endsWith('.gorgias.com')) return null;
    const id = TICKET_PATH.exec(url.pathname)?.[1];
    return id ? `gorgias:${url.hostname}:${id}` : null;
  },
  activeTicketScope(root) {
    return root.body;
  },
  findComposer: (scope) => genericComposer(scope),
  findThread: (scope) => genericThread(scope),
  customerMessages: (scope) => genericCustomerMessages(scope),
};

export default gorgias;
