import { readBlockText } from '@/lib/dom/read-block-text';

export interface MessageText {
  element: Element;
  text: string;
}

/**
 * Text of each message body, in DOM order (helpdesks render threads oldest
 * first), leaving out what `skip` names and dropping empty bodies (attachments only).
 */
export function messageTexts(
  items: Iterable<Element>,
  bodyOf: (item: Element) => Element,
  skip: string,
): MessageText[] {
  const messages: MessageText[] = [];
  for (const element of items) {
    const text = readBlockText(bodyOf(element), { skip });
    if (text !== '') messages.push({ element, text });
  }
  return messages;
}
