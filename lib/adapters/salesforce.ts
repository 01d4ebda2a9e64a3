import { genericComposer, genericCustomerMessages, genericThread } from '@/lib/adapters/generic';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Evidence: docs/helpdesks.md, "Salesforce Service Cloud". */

// Case record ids start with the key prefix 500 and are 15 or 18 characters long.
const CASE_PATH = /^\/lightning\/r\/Case\/(500[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view(?:\/|$)/;

const salesforce: HelpdeskAdapter = {
  id: 'salesforce',
  name: 'Salesforce Service Cloud',
  matches: ['https://*.lightning.force.com/lightning/*'],
  exampleUrls: [
    'https://acme.lightning.force.com/lightning/r/Case/500Qk00000C8gxeIAB/view',
    'https://acme-support.lightning.force.com/lightning/r/Case/5001T00001QnhAr/view',
  ],
  support: 'limited',
  noteKey: 'options_helpdeskNoteSalesforce',
  ticketKey(url) {
    if (!url.hostname.endsWith('.lightning.force.com')) return null;
    const id = CASE_PATH.exec(url.pathname)?.[1];
    return id ? `salesforce:${url.hostname}:${id}` : null;
  },
  activeTicketScope(root) {
    // The console keeps many views in the DOM; toggl's selector picks the visible one.
    return (
      root.querySelector('.slds-template__container > .lafSinglePaneWindowManager > .windowViewMode-normal') ??
      root.body
    );
  },
  findComposer: (scope) => genericComposer(scope),
  findThread: (scope) => genericThread(scope),
  customerMessages: (scope) => genericCustomerMessages(scope),
};

export default salesforce;
