import { capText, MAX_CUSTOMER_MESSAGE_CHARS, MAX_DRAFT_CHARS } from '@/lib/engine/limits';

/**
 * Page text as the sidebar may use it (issue 19): analyze() caps its own input, but the
 * sidebar also runs the pre-send check, the reset card's per-message mood and the thank-you
 * quote on what the page gave it. Capped once where it arrives, none of them can be handed a
 * megabyte. Offsets stay valid: only a prefix of each text is kept.
 */

/** The reset card counts upset messages over the thread (lib/coach/hard-conversation.ts): the latest this many are plenty. */
export const MAX_THREAD_MESSAGES = 50;

export function boundedDraft(draft: string): string {
  return capText(draft, MAX_DRAFT_CHARS);
}

/** The same array when nothing needed cutting, so what depends on it is not recomputed. */
export function boundedMessages(messages: string[]): string[] {
  const recent = messages.length > MAX_THREAD_MESSAGES ? messages.slice(-MAX_THREAD_MESSAGES) : messages;
  if (recent.every((message) => message.length <= MAX_CUSTOMER_MESSAGE_CHARS)) return recent;
  return recent.map((message) => capText(message, MAX_CUSTOMER_MESSAGE_CHARS));
}
