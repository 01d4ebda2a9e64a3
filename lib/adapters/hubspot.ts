import { genericComposer, genericCustomerMessages, genericThread } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Evidence: docs/helpdesks.md, "HubSpot Service Hub" (host only); the help-desk
 * route from public userscripts (`@match https://app.hubspot.com/help-desk/*`)
 * and links like /help-desk/<portal>/view/<view>/ticket/<id>.
 */

const TICKET_PATH = /^\/help-desk\/(\d+)\/(?:[^/]+\/)*ticket\/(\d+)(?:\/|$)/;

const hubspot: HelpdeskAdapter = {
  id: 'hubspot',
  name: 'HubSpot Help Desk',
  matches: ['https://app.hubspot.com/help-desk/*'],
  exampleUrls: [
    'https://app.hubspot.com/help-desk/21635735/view/95291824/ticket/29859078751',
    'https://app.hubspot.com/help-desk/6717628/view/342968399/ticket/43870050219/thread/10598988085',
  ],
  support: 'limited',
  noteKey: 'options_helpdeskNoteHubSpot',
  ticketKey(url) {
    if (url.hostname !== 'app.hubspot.com') return null;
    const match = TICKET_PATH.exec(url.pathname);
    return match ? `hubspot:${match[1]}:${match[2]}` : null;
  },
  activeTicketScope(root) {
    return root.body;
  },
  findComposer: (scope) => genericComposer(scope),
  findThread: (scope) => genericThread(scope),
  customerMessages: (scope) => genericCustomerMessages(scope),
};

export default hubspot;
