/**
 * What makes a block look like a message in a thread rather than a page section:
 * a header with who and when (a <time>, a datetime, an author, avatar or date
 * class, a user id), and a class naming it a message, entry or article. Seen in
 * osTicket (`thread-entry`, <time datetime>), FreeScout (`thread`, `thread-date`,
 * `thread-person`), Request Tracker (`transaction`, `.date`, `[data-user-id]`),
 * Zammad (`ticket-article-item`) and Chatwoot (`[data-message-id]`).
 */

const AUTHOR_OR_TIME =
  'time, [datetime], [data-user-id], [data-author], [data-author-id], [data-sender], [class*="author" i], [class*="sender" i], [class*="avatar" i], [class*="byline" i], [class*="person" i], [class*="poster" i], [class*="timestamp" i], [class*="date" i]';

const MESSAGE_WORD =
  /(^|[^a-z])(message|msg|thread|entry|article|comment|post|reply|response|bubble|conversation|transaction|correspondence|email|mail)s?([^a-z]|$)/;

export function hasAuthorOrTime(block: Element): boolean {
  return block.matches(AUTHOR_OR_TIME) || block.querySelector(AUTHOR_OR_TIME) !== null;
}

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
