/**
 * Rewrites mark what only the agent knows ("[when]", "[who can help]") as visible blanks
 * (issue 14). A draft that still holds one is not ready to send.
 */
export const BLANK = /\[[a-z][a-z' ]{0,40}\]/g;

export function blanksIn(draft: string): string[] {
  return [...new Set(draft.match(BLANK) ?? [])];
}

/** Splits text into plain parts and blanks, for rendering blanks visibly. */
export function splitBlanks(text: string): Array<{ text: string; blank: boolean }> {
  const parts: Array<{ text: string; blank: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(BLANK)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), blank: false });
    parts.push({ text: match[0], blank: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), blank: false });
  return parts;
}
