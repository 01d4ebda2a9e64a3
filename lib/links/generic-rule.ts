import { keepOnly, type LinkRule } from '@/lib/links/link-rule';

/**
 * For a helpdesk without its own rule (a custom site, a link typed into the journal):
 * query keys that look like a record's identifier (`id`, `TicketID`, `ticket_id`,
 * `caseId`, and `Action` for OTRS/Znuny's `?Action=AgentTicketZoom;TicketID=42`), and a
 * fragment only when it reads as a route with an id in it (`#ticket/zoom/311`,
 * `#/tickets/42`); a fragment holding a search or an address is dropped.
 */
const ID_KEY =
  /^(?:id|action|(?:ticket|case|conversation|issue|request|incident|thread|message|task|item|record|queue|folder|view)[_-]?(?:id|no|nr|number|key)?)$/i;
const ROUTE = /^#[\w/.-]{1,200}$/;
const HAS_DIGIT = /\d/;
const ROUTE_END = /[?&=;@%\s]/;

function routeOf(hash: string): string {
  const end = hash.search(ROUTE_END);
  const route = end < 0 ? hash : hash.slice(0, end);
  return ROUTE.test(route) && HAS_DIGIT.test(route) ? withoutTrailingSlashes(route) : '';
}

// Every trailing slash at once, so the rule applied twice changes nothing ("#0//"); a loop,
// since a pattern anchored at the end rescans every run of slashes that is not (tests/regex).
function withoutTrailingSlashes(route: string): string {
  let end = route.length;
  while (end > 0 && route[end - 1] === '/') end -= 1;
  return route.slice(0, end);
}

export const GENERIC_LINK_RULE: LinkRule = { keepKey: (key) => ID_KEY.test(key), route: routeOf };

// Most links are clean already (saved by this version): only an address with a query, a
// fragment or a user name in it is worth parsing (exports read 100,000 of them).
const MAY_HOLD_DATA = /[?#@]/;

/**
 * The form every link takes in the journal: the generic rule applied, so a link saved by
 * an older version, imported from a backup or typed by the agent keeps no personal data.
 * '' for an address that is not http(s) (the journal's schema refuses those first).
 */
export function storedLink(url: string): string {
  return MAY_HOLD_DATA.test(url) ? (keepOnly(url, GENERIC_LINK_RULE) ?? '') : url;
}
