import { readBlockText } from '@/lib/dom/read-block-text';
import { withoutReplyHistory } from '@/lib/dom/reply-history';

/**
 * The words a person wrote in one thread block, for generic reading: the block's
 * header (who, when, recipients), actions, attachments and quoted history are
 * left out, so the mood is judged on the message alone.
 */

// Quoted mail and signatures, as mail clients and helpdesks mark them.
const QUOTED =
  'blockquote, .gmail_quote, [type="cite"], .message-stanza .message-stanza, .message-stanza-folder, .signature, .gmail_signature, [aria-hidden="true"]';
// One word of a class token (`thread-header`, `thread_info`, `metadata`) that names a part around the message.
const AROUND_THE_MESSAGE =
  /^(?:.*[-_])?(header|meta|metadata|author|byline|date|time|timestamp|avatar|photo|person|recipients|info|actions|toolbar|options|badge|attachments?|footer)(?:[-_].*)?$/;

// Where the message itself sits (`thread-body`, `message-content`, RT's `messagebody`).
const BODY_WORD = /(^|[-_])(body|messagebody|content|text|stanza)([-_]|$)/;

function namedAround(element: Element): boolean {
  for (const token of element.classList) if (AROUND_THE_MESSAGE.test(token.toLowerCase())) return true;
  return false;
}

function namedBody(element: Element): boolean {
  for (const token of element.classList) if (BODY_WORD.test(token.toLowerCase())) return true;
  return false;
}

/**
 * Whether a part of the block is around the message rather than in it. A class
 * word alone is not enough: osTicket's `thread-entry message avatar` names the
 * whole entry after its avatar, so a part that holds the message body stays.
 */
function aroundTheMessage(element: Element): boolean {
  if (element.matches(QUOTED) || element.tagName === 'TIME') return true;
  if (!namedAround(element)) return false;
  return ![...element.querySelectorAll('[class]')].some(namedBody);
}

export function messageBodyText(block: Element): string {
  return withoutReplyHistory(readBlockText(block, { skipWhen: aroundTheMessage }));
}
