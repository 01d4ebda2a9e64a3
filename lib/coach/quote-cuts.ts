/**
 * Shorter and shorter forms of a card's quoted words, each dropping one more word from the
 * start behind "…", down to the last `keep` words. A card's line is cut to fit; cut at the end,
 * "You should have contacted" lost the verb that makes it blame ("You should have contac…",
 * QA 2026-12-07). The rules' phrases end on the words that carry the point ("we can't",
 * "our policy", "should have contacted"), so the start is what gives way.
 */
export function leadingCuts(text: string, keep = 2): string[] {
  const starts = [...text.matchAll(/\S+/g)].map((word) => word.index);
  const cuts = [text];
  for (let index = 1; index <= starts.length - keep; index++) cuts.push(`…${text.slice(starts[index])}`);
  return cuts;
}
