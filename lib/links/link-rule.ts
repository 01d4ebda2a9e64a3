/**
 * What of a ticket's address may be kept (issue 19, must have 4): the origin and path,
 * the query keys that identify the ticket, and the part of the fragment that is the
 * ticket's route. Everything else (a customer's email in `?customer_email=`, a card
 * number, tracking tags, a search in the fragment) is dropped before a link is saved,
 * shown or exported. Pure: used by the journal's schema and by the adapters' rules.
 */
export interface LinkRule {
  /** Query keys that name the ticket (`id` for Request Tracker's `?id=42`). */
  keepKey(key: string): boolean;
  /** The ticket's route inside `hash` ("#ticket/zoom/311"), or '' to drop the fragment. */
  route(hash: string): string;
}

// An identifier, not free text: no "@", no spaces, not a paragraph.
const IDENTIFIER = /^[\p{L}\p{N}._:~-]{1,64}$/u;
const MAX_QUERY_PARTS = 50;

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The query parts to keep, exactly as written (their encoding untouched). */
function keptQuery(search: string, rule: LinkRule): string {
  const kept: string[] = [];
  for (const part of search.slice(1).split(/[&;]/, MAX_QUERY_PARTS)) {
    const equals = part.indexOf('=');
    const key = decoded(equals < 0 ? part : part.slice(0, equals));
    const value = equals < 0 ? '' : decoded(part.slice(equals + 1));
    if (key !== null && value !== null && rule.keepKey(key) && IDENTIFIER.test(value)) kept.push(part);
  }
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/**
 * The link with only what `rule` keeps, or undefined when `url` is not an http(s) address.
 * Applying it twice gives the same link.
 */
export function keepOnly(url: string, rule: LinkRule): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return `${parsed.origin}${parsed.pathname}${keptQuery(parsed.search, rule)}${rule.route(parsed.hash)}`;
}
