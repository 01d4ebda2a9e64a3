/**
 * "Ready to send" is said only of a reply that looks complete, so it never interrupts
 * composing: long enough and ending a sentence or with a sign-off.
 */
export function draftLooksFinished(draft: string): boolean {
  const text = draft.trim();
  if (text.length < 80) return false;
  // Read from the end, not split: this runs on every keystroke of a long draft.
  const lastBreak = text.lastIndexOf('\n');
  const lastLine = text.slice(lastBreak + 1).trim();
  const threeLines = lastBreak > 0 && text.lastIndexOf('\n', lastBreak - 1) !== -1;
  return (
    /[.!?)]$/.test(text) ||
    /^(best|thanks|thank you|cheers|kind regards|regards|warmly)\b/i.test(lastLine) ||
    threeLines
  );
}
