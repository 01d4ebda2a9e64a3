/**
 * Shorter and shorter forms of a card's quoted words, each dropping one more word behind "…",
 * down to the words that carry the point. A card's line is cut to fit; cut at the end, "You
 * should have contacted" lost the verb that makes it blame ("You should have contac…", QA
 * 2026-12-07). Most rules' phrases end on the words that carry the point ("we can't", "our
 * policy", "should have contacted"), so the start gives way first, down to the last `keep` words.
 *
 * A refusal is the exception: a quote that runs past it ("Unfortunately we can't refund it
 * today.") carries its point in the middle, and cutting from the start left "…it today."
 * (walk 2026-12-07). There the start gives way up to the refusal, then the end does:
 * "…can't refund it today." → "…can't refund it…" → "…can't refund…".
 */
const REFUSAL =
  /\b(?:can(?:'|’)?t|cannot|can not|won(?:'|’)?t|will not|couldn(?:'|’)?t|could not|unable to|not able to|no longer|(?:do|does|did|is|are|was|were)n(?:'|’)?t|(?:do|does|did|is|are) not(?! able\b))\s+\S/i;

export function quoteCuts(text: string, keep = 2): string[] {
  const words = [...text.matchAll(/\S+/g)].map((word) => ({ start: word.index, end: word.index + word[0].length }));
  const refusal = REFUSAL.exec(text);
  // The refusal's first word and the word it refuses; otherwise the last `keep` words.
  const coreFirst = refusal ? words.findIndex((word) => word.end > refusal.index) : words.length - keep;
  const coreLast = refusal ? coreFirst + refusal[0].trim().split(/\s+/).length - 1 : words.length - 1;
  const cuts = [text];
  for (let index = 1; index <= coreFirst; index++) cuts.push(`…${text.slice(words[index]!.start)}`);
  if (!refusal) return cuts;
  const before = coreFirst > 0 ? '…' : '';
  const start = words[coreFirst]!.start;
  for (let last = words.length - 2; last >= coreLast; last--) cuts.push(`${before}${text.slice(start, words[last]!.end)}…`);
  return cuts;
}
