/**
 * Who wrote each block of a thread, from the words helpdesks put in classes and
 * data attributes (FreeScout `thread-type-customer`, osTicket `thread-entry
 * response`, Zammad `ticket-article-item customer`). Only the tokens that tell
 * the blocks apart count: a class every block shares (`thread`, `message-body`)
 * says nothing about its author, and a word deep in shared markup must not make
 * every block look like staff.
 */

export type Author = 'customer' | 'staff' | 'unknown';

const CUSTOMER_MARK =
  /(^|[^a-z])(customer|end-?user|requester|requestor|incoming|inbound|contact|visitor|client)([^a-z]|$)/;
// "response" is a staff answer in osTicket and Kayako's markup; "system" and "bot" are not the customer either.
const STAFF_MARK =
  /(^|[^a-z])(agent|outgoing|outbound|internal|note|private|staff|operator|admin|response|system|bot)([^a-z]|$)/;
// How deep into a block its own markers are looked for: the header sits near the top.
const MAX_ELEMENTS_PER_BLOCK = 40;

function tokensOf(block: Element): Set<string> {
  const tokens = new Set<string>();
  const elements = [block, ...block.querySelectorAll('*')].slice(0, MAX_ELEMENTS_PER_BLOCK);
  for (const element of elements) {
    for (const name of element.getAttributeNames()) {
      if (name !== 'class' && name !== 'type' && !name.startsWith('data-')) continue;
      for (const token of (element.getAttribute(name) ?? '').toLowerCase().split(/\s+/)) {
        if (token) tokens.add(token);
      }
    }
  }
  return tokens;
}

export function authorsOf(blocks: readonly Element[]): Author[] {
  const tokenSets = blocks.map(tokensOf);
  const shared =
    blocks.length < 2
      ? new Set<string>()
      : new Set([...tokenSets[0]!].filter((token) => tokenSets.every((set) => set.has(token))));
  return tokenSets.map((tokens) => {
    const telling = [...tokens].filter((token) => !shared.has(token)).join(' ');
    const customer = CUSTOMER_MARK.test(telling);
    const staff = STAFF_MARK.test(telling);
    if (customer && !staff) return 'customer';
    if (staff && !customer) return 'staff';
    return 'unknown';
  });
}

/**
 * The blocks to read as the customer's: the ones marked as the customer's when
 * any are; otherwise every block not marked as staff (a page that marks only its
 * own replies, like osTicket's `response`, leaves the customer's unmarked).
 */
export function customerBlocks<T extends Element>(blocks: readonly T[]): T[] {
  const authors = authorsOf(blocks);
  const anyCustomer = authors.includes('customer');
  return blocks.filter((_, index) => (anyCustomer ? authors[index] === 'customer' : authors[index] !== 'staff'));
}
