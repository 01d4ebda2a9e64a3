/**
 * The ticket identity of a page on a site without an adapter. Issue 13, failure
 * mode 4: on `tickets.php?id=N` with PJAX navigation the old key ignored the
 * query string, so every ticket and the queue shared one key. The key keeps the
 * ticket id wherever the URL carries it (query, path, hash route) and leaves out
 * what changes on the same ticket (sorting, paging, `#reply`-style anchors).
 */

// Query parameters that name a ticket (osTicket `tickets.php?id=N`, RT `Display.html?id=N`, and the usual spellings).
const ID_PARAM =
  /^(?:id|tid|ticket|ticket_?id|case|case_?id|conversation|conversation_?id|thread_?id|issue|issue_?id|request_?id|incident|incident_?id)$/i;
// A path or hash-route word after which a number is a ticket's (`/conversation/123`, `#ticket/zoom/5`).
const TICKET_WORD = /^(?:tickets?|conversations?|cases?|issues?|requests?|threads?|incidents?|messages?|chats?)$/i;

/** Query pairs split on `&` and on `;`, which Perl-era helpdesks (Request Tracker, OTRS) also use. */
function queryPairs(url: URL): Array<[string, string]> {
  return url.search
    .slice(1)
    .split(/[&;]/)
    .filter(Boolean)
    .map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      const decode = (part: string) => {
        try {
          return decodeURIComponent(part.replace(/\+/g, ' '));
        } catch {
          return part;
        }
      };
      return [decode(name), decode(value)];
    });
}

function idParams(url: URL): string {
  const kept = queryPairs(url)
    .filter(([name, value]) => ID_PARAM.test(name) && value !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  return kept.length === 0 ? '' : `?${kept.map(([name, value]) => `${name}=${value}`).join('&')}`;
}

/** A hash that routes (`#/tickets/5`, `#!/…`, `#ticket/zoom/5`), not an anchor in the page (`#reply`, `#thread-12`). */
function routeHash(url: URL): string {
  return url.hash.startsWith('#!') || url.hash.includes('/') ? url.hash : '';
}

function namesTicketInPath(path: string): boolean {
  const segments = path.split('/').filter(Boolean);
  return segments.some(
    (segment, index) => /\d/.test(segment) && segments.slice(0, index).some((word) => TICKET_WORD.test(word)),
  );
}

export function genericTicketKey(url: URL): string {
  return `generic:${url.host}${url.pathname}${idParams(url)}${routeHash(url)}`;
}

/**
 * Whether the address alone says a ticket is open. Without it (a queue, a
 * dashboard) the sidebar only appears once something is read on the page.
 */
export function urlNamesTicket(url: URL): boolean {
  if (idParams(url) !== '') return true;
  return namesTicketInPath(url.pathname) || namesTicketInPath(routeHash(url).replace(/^#!?/, ''));
}
