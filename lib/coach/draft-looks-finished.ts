/**
 * "Ready to send" is said only of a reply that looks complete, so it never interrupts
 * composing: long enough and ending a sentence or with a sign-off.
 */
export function draftLooksFinished(draft: string): boolean {
  const text = draft.trim();
  if (text.length < 80) return false;
  const lastLine = text.split('\n').at(-1)?.trim() ?? '';
  return (
    /[.!?)]$/.test(text) ||
    /^(best|thanks|thank you|cheers|kind regards|regards|warmly)\b/i.test(lastLine) ||
    text.split('\n').length >= 3
  );
}
