import { genericComposer, genericCustomerMessages, genericThread } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Evidence: nothing in docs/helpdesks.md; the agent URL form comes from public
 * code building ticket links: desk.zoho.com/agent/<portal>/<department>/tickets/details/<id>.
 */

const TICKET_PATH = /^\/agent\/([^/]+)\/(?:[^/]+\/)*tickets\/details\/(\d+)(?:\/|$)/;

const zohoDesk: HelpdeskAdapter = {
  id: 'zoho-desk',
  name: 'Zoho Desk',
  matches: ['https://desk.zoho.com/agent/*'],
  exampleUrls: [
    'https://desk.zoho.com/agent/acme/support/tickets/details/123400000456789',
    'https://desk.zoho.com/agent/acme/all/tickets/details/98700000012345',
  ],
  support: 'limited',
  noteKey: 'options_helpdeskNoteZohoDesk',
  ticketKey(url) {
    if (url.hostname !== 'desk.zoho.com') return null;
    const match = TICKET_PATH.exec(url.pathname);
    return match ? `zoho-desk:${match[1]}:${match[2]}` : null;
  },
  activeTicketScope(root) {
    return root.body;
  },
  findComposer: (scope) => genericComposer(scope),
  findThread: (scope) => genericThread(scope),
  customerMessages: (scope) => genericCustomerMessages(scope),
};

export default zohoDesk;
