/**
 * Helpdesks customers run on their own servers, at their own addresses. No match
 * pattern can name them, so the agent adds the address as one of their sites and
 * the detector recognises the product by its page (issue 13, must have 2). The
 * ids are the adapters' ids; the welcome page names them so the agent knows their
 * helpdesk is covered before typing an address.
 */
export const SELF_HOSTED_PRODUCTS = [
  { id: 'request-tracker', name: 'Request Tracker' },
  { id: 'zammad', name: 'Zammad' },
  { id: 'chatwoot', name: 'Chatwoot' },
] as const;
