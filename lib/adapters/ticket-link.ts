import { adapterForUrl } from '@/lib/adapters/match-url';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { GENERIC_LINK_RULE } from '@/lib/links/generic-rule';
import { keepOnly, type LinkRule } from '@/lib/links/link-rule';

/**
 * Per helpdesk, what of a ticket view's address identifies the ticket (issue 19): every
 * built-in helpdesk names the ticket in its path, except Zammad and Gmail, whose ticket is
 * a fragment route, and Request Tracker, whose ticket is the `id` query key. A conventions test checks that each adapter has a rule here and that
 * the kept link still gives the adapter's ticket key.
 */
const PATH_ONLY: LinkRule = { keepKey: () => false, route: () => '' };

const ZAMMAD_ROUTE = /^#ticket\/zoom\/\d+/;
// Gmail's fragment is "#<view>/<thread>"; a view may be a search ("#search/dana@…/…"), so
// only the built-in views are kept, and anything else opens the thread from All Mail.
const GMAIL_THREAD = /\/([A-Za-z0-9_-]{16,})$/;
const GMAIL_VIEWS = new Set([
  'inbox',
  'all',
  'sent',
  'starred',
  'imp',
  'drafts',
  'snoozed',
  'scheduled',
  'spam',
  'trash',
]);

function gmailRoute(hash: string): string {
  const thread = GMAIL_THREAD.exec(hash)?.[1];
  if (!thread) return '';
  const view = hash.slice(1, hash.indexOf('/'));
  return `#${GMAIL_VIEWS.has(view) ? view : 'all'}/${thread}`;
}

export const LINK_RULES: Readonly<Record<string, LinkRule>> = {
  chatwoot: PATH_ONLY,
  demo: PATH_ONLY,
  freshdesk: PATH_ONLY,
  front: PATH_ONLY,
  generic: GENERIC_LINK_RULE,
  gmail: { keepKey: () => false, route: gmailRoute },
  gorgias: PATH_ONLY,
  helpscout: PATH_ONLY,
  hubspot: PATH_ONLY,
  intercom: PATH_ONLY,
  'jira-service-management': PATH_ONLY,
  // Request Tracker names the ticket in the query (`Display.html?id=42`), nothing else there.
  'request-tracker': { keepKey: (key) => key === 'id', route: () => '' },
  salesforce: PATH_ONLY,
  zammad: { keepKey: () => false, route: (hash) => ZAMMAD_ROUTE.exec(hash)?.[0] ?? '' },
  zendesk: PATH_ONLY,
  'zoho-desk': PATH_ONLY,
};

/** The ticket link for a page of `adapter`: undefined unless it is a ticket view. */
export function ticketLinkOf(adapter: HelpdeskAdapter, url: string): string | undefined {
  try {
    if (!adapter.ticketKey(new URL(url))) return undefined;
  } catch {
    return undefined;
  }
  return keepOnly(url, LINK_RULES[adapter.id] ?? GENERIC_LINK_RULE);
}

/** The link to save for the ticket at `url` when it is a ticket view of a known helpdesk, else undefined. */
export function ticketLinkFor(adapters: readonly HelpdeskAdapter[], url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const adapter = adapterForUrl(url, adapters);
    return adapter ? ticketLinkOf(adapter, url) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The popup's link for the current tab: a known helpdesk's ticket view, or a page on one
 * of the agent's own sites (`ownOrigins`), where the helpdesk is told by the page itself
 * (Request Tracker, or a helpdesk only the generic reader knows), so the generic rule
 * keeps its ticket id (`Update.html?Action=Respond;id=42;Status=open` → `…?Action=Respond&id=42`). Any other
 * page gives no link: the popup never suggests a news article as the ticket.
 */
export function ticketLinkForTab(
  adapters: readonly HelpdeskAdapter[],
  url: string | undefined,
  ownOrigins: readonly string[],
): string | undefined {
  const known = ticketLinkFor(adapters, url);
  if (known || !url) return known;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  if (!ownOrigins.includes(origin)) return undefined;
  const link = keepOnly(url, GENERIC_LINK_RULE);
  // A page with nothing naming a ticket (the site's home page) is not a ticket link.
  if (!link) return undefined;
  const { search, hash } = new URL(link);
  return search || hash ? link : undefined;
}

/**
 * The link to save for a page whose helpdesk the caller does not know (a message from a
 * content script, the context menu): a known helpdesk's rule, else the generic one (a
 * custom site), and nothing for a known helpdesk's page that is not a ticket view.
 */
export function cleanTicketLink(adapters: readonly HelpdeskAdapter[], url: string | undefined): string | undefined {
  if (!url) return undefined;
  let adapter: HelpdeskAdapter | null;
  try {
    adapter = adapterForUrl(url, adapters);
  } catch {
    return undefined;
  }
  return adapter ? ticketLinkOf(adapter, url) : keepOnly(url, GENERIC_LINK_RULE);
}
