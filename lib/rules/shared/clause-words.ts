import type { RuleContext } from '@/lib/engine/rule';
import { sentenceMemo } from '@/lib/engine/sentence-facts';

/**
 * A sentence as words, for the shape matchers (negated-clauses.ts): lower-case, with
 * contractions written out ("we're" → we + are, "can't" → can + not) so one shape covers
 * "we can't", "we cannot" and "we can not". Both halves of a contraction keep the offsets of
 * the written word, so a finding's span is always whole words of the draft.
 * Offsets are relative to the sentence (the memo is keyed by its text).
 */
export interface ClauseWord {
  word: string;
  start: number;
  end: number;
  /** Punctuation or a joining word ("but", "because"): a subject is never looked for past it. */
  boundary: boolean;
}

// Typed without the apostrophe too ("dont", "cant"): drafts written in a hurry often are.
const EXPANSIONS: Record<string, readonly [string, string]> = {
  "can't": ['can', 'not'],
  cant: ['can', 'not'],
  cannot: ['can', 'not'],
  "won't": ['will', 'not'],
  wont: ['will', 'not'],
  "don't": ['do', 'not'],
  dont: ['do', 'not'],
  "doesn't": ['does', 'not'],
  doesnt: ['does', 'not'],
  "didn't": ['did', 'not'],
  didnt: ['did', 'not'],
  "isn't": ['is', 'not'],
  isnt: ['is', 'not'],
  "aren't": ['are', 'not'],
  arent: ['are', 'not'],
  "wasn't": ['was', 'not'],
  "weren't": ['were', 'not'],
  "couldn't": ['could', 'not'],
  couldnt: ['could', 'not'],
  "wouldn't": ['would', 'not'],
  "shouldn't": ['should', 'not'],
  "mustn't": ['must', 'not'],
  "haven't": ['have', 'not'],
  "hasn't": ['has', 'not'],
  "ain't": ['is', 'not'],
  "i'm": ['i', 'am'],
  im: ['i', 'am'],
  "we're": ['we', 'are'],
  "you're": ['you', 'are'],
  "they're": ['they', 'are'],
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  thats: ['that', 'is'],
  "there's": ['there', 'is'],
  "this's": ['this', 'is'],
  "i'll": ['i', 'will'],
  "we'll": ['we', 'will'],
  "you'll": ['you', 'will'],
  "it'll": ['it', 'will'],
  "they'll": ['they', 'will'],
  "i've": ['i', 'have'],
  "we've": ['we', 'have'],
  "you've": ['you', 'have'],
  "they've": ['they', 'have'],
  "i'd": ['i', 'would'],
  "we'd": ['we', 'would'],
  "you'd": ['you', 'would'],
};

// A Map rather than the object: an object lookup with a fresh string is slow in V8, and it
// also finds inherited keys ("constructor" came back as a function).
const EXPANDED = new Map(Object.entries(EXPANSIONS));

/** Written forms that hold a "not" ("can't", "dont"): anchor words for the negation shapes. */
export const NEGATED_CONTRACTIONS: readonly string[] = Object.keys(EXPANSIONS).filter(
  (written) => EXPANSIONS[written]![1] === 'not',
);

// Words that start a new clause: the subject of "we can't" is never before them.
const JOINING = new Set([
  'but',
  'and',
  'so',
  'because',
  'since',
  'as',
  'which',
  'who',
  'if',
  'when',
  'unless',
  'although',
  'though',
  'while',
  'or',
  'then',
  'until',
  'once',
  'however',
  'otherwise',
  'that',
]);

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 39 ||
    code === 38 ||
    code >= 0xc0
  );
}

function push(words: ClauseWord[], text: string, start: number, end: number): void {
  // A trailing apostrophe is a quote or a plural possessive ("customers'"), not part of the word.
  while (end > start && text.charCodeAt(end - 1) === 39) end--;
  while (start < end && text.charCodeAt(start) === 39) start++;
  if (end <= start) return;
  // Most words are lower-case already: lower-casing them would only copy them again.
  let upper = false;
  for (let i = start; i < end && !upper; i++) {
    const code = text.charCodeAt(i);
    upper = (code >= 65 && code <= 90) || code >= 0xc0;
  }
  const word = upper ? text.slice(start, end).toLowerCase() : text.slice(start, end);
  const expanded = EXPANDED.get(word);
  if (expanded) {
    words.push({ word: expanded[0], start, end, boundary: false }, { word: expanded[1], start, end, boundary: false });
    return;
  }
  // "customer's", "courier's": the possessive is kept as one word ("the courier's problem").
  words.push({ word, start, end, boundary: JOINING.has(word) });
}

/**
 * Words and clause-breaking punctuation of one sentence; hyphenated words stay whole. With a
 * `limit`, stops once it has that many (or a few more): the result is then exactly the first
 * words of the full list, for callers that decide from the opening words alone.
 */
export function splitClauseWords(text: string, limit = Number.POSITIVE_INFINITY): ClauseWord[] {
  const words: ClauseWord[] = [];
  let start = -1;
  for (let i = 0; i <= text.length && words.length < limit; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const inWord = isWordChar(code) || (code === 45 && start !== -1 && isWordChar(text.charCodeAt(i + 1)));
    if (inWord) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1) push(words, text, start, i);
    start = -1;
    // , ; : ( ) " and dashes end a clause for the subject search.
    if (code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 34 || code === 0x2014) {
      words.push({ word: text[i]!, start: i, end: i + 1, boundary: true });
    } else if (code === 45 && text.charCodeAt(i + 1) === 32 && text.charCodeAt(i - 1) === 32) {
      words.push({ word: '-', start: i, end: i + 1, boundary: true });
    }
  }
  return words;
}

const memo = sentenceMemo<ClauseWord[]>();
// The whole sentence: the memo also hands `compute` the context and index, which are no limit.
const splitWholeSentence = (text: string) => splitClauseWords(text);

export function clauseWords(context: RuleContext, sentenceIndex: number): ClauseWord[] {
  return memo(context, sentenceIndex, splitWholeSentence);
}
