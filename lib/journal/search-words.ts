/**
 * Words for the journal's full-text index. The same function tokenises rows
 * (stored in the multi-entry `words` index) and queries, so a query word is
 * always comparable with the stored words: accents folded, lower case, split
 * on anything that is not a letter or a digit in any script (Arabic, Hebrew,
 * Cyrillic and emoji-adjacent text all behave the same way).
 */

/** Longer words are cut: a prefix query on the cut word still finds them and the index stays small. */
export const MAX_WORD_LENGTH = 24;

const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}]+/u;
const COMBINING_MARKS = /\p{M}+/gu;

function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

function tokens(text: string): string[] {
  return fold(text)
    .split(NOT_A_WORD_CHARACTER)
    .filter((word) => word.length > 0)
    .map((word) => Array.from(word).slice(0, MAX_WORD_LENGTH).join(''));
}

/**
 * A tag as a key of the same index: `#` never survives tokenising, so `#bill…`
 * ranges over tags only, and the tag filter matches by prefix ("bill" → billing).
 */
export const TAG_KEY_PREFIX = '#';
export const tagKey = (tag: string) => `${TAG_KEY_PREFIX}${tag.trim().toLowerCase()}`;

/**
 * Distinct words of a win's text and tags, plus each tag whole as a tag key,
 * sorted so equal wins store equal rows.
 */
export function winWords(text: string, tags: readonly string[] = []): string[] {
  const words = new Set<string>();
  for (const source of [text, ...tags]) for (const word of tokens(source)) words.add(word);
  for (const tag of tags) words.add(tagKey(tag));
  return [...words].sort();
}

/** True when some tag starts with `prefix` (both compared in lower case). */
export function tagsMatch(tags: readonly string[], prefix: string): boolean {
  const wanted = prefix.trim().toLowerCase();
  return tags.some((tag) => tag.toLowerCase().startsWith(wanted));
}

/** Query words in the order typed, duplicates removed; every one must prefix some word of a match. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokens(query))];
}

/** True when every term is a prefix of at least one of the row's words. */
export function wordsMatch(rowWords: readonly string[], terms: readonly string[]): boolean {
  return terms.every((term) => rowWords.some((word) => word.startsWith(term)));
}
