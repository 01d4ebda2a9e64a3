/**
 * What makes a block look like a message in a thread rather than a page section:
 * a header with who and when (a <time>, a datetime, an author, avatar or date
 * class, a user id), and a class naming it a message, entry or article. Seen in
 * osTicket (`thread-entry`, <time datetime>), FreeScout (`thread`, `thread-date`,
 * `thread-person`), Request Tracker (`transaction`, `.date`, `[data-user-id]`),
 * Zammad (`ticket-article-item`) and Chatwoot (`[data-message-id]`).
 */

const MARKER_ATTRIBUTES = ['datetime', 'data-user-id', 'data-author', 'data-author-id', 'data-sender'];
const MARKER_CLASS = /author|sender|avatar|byline|person|poster|timestamp|date/i;

/**
 * A who/when marker itself: a <time>, a datetime, an author or user id, or a class naming
 * an author, avatar, person or date. Tested per element in one walk of the page
 * (text-measures.ts), so plain attribute checks rather than a long selector.
 */
export function isAuthorOrTime(element: Element): boolean {
  if (element.localName === 'time') return true;
  if (MARKER_ATTRIBUTES.some((name) => element.hasAttribute(name))) return true;
  return MARKER_CLASS.test(element.getAttribute('class') ?? '');
}

const MESSAGE_WORD =
  /(^|[^a-z])(message|msg|thread|entry|article|comment|post|reply|response|bubble|conversation|transaction|correspondence|email|mail)s?([^a-z]|$)/;

/** The block's own class and data attribute names, or its only wrapper child's. */
export function namedLikeMessage(block: Element): boolean {
  const own = (element: Element) =>
    [element.getAttribute('class') ?? '', ...element.getAttributeNames().filter((name) => name.startsWith('data-'))]
      .join(' ')
      .toLowerCase();
  if (MESSAGE_WORD.test(own(block))) return true;
  const first = block.firstElementChild;
  return first !== null && MESSAGE_WORD.test(own(first));
}
