import type { Sentence } from './sentences';

/**
 * Which sentences contain which words. Rules name the words their phrases cannot occur
 * without ("policy", "unfortunately") and scan only those sentences: on a 2,000-character
 * draft most rules then read a sentence or two instead of the whole text.
 */

const WORD = /[a-z0-9']+/gi;

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a hash of an ASCII word, lower-cased. The word index is keyed by this number
 * so indexing a draft creates no strings; a rare collision only adds a candidate sentence
 * (the rule's own pattern still decides), it never hides one.
 */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    let code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Word hash → indices of the sentences containing that word (ascending, unique). */
export function indexWords(text: string, sentences: Sentence[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    let hash = FNV_OFFSET;
    let inWord = false;
    for (let i = sentence.start; i <= sentence.end; i++) {
      let code = i < sentence.end ? text.charCodeAt(i) : 32;
      if (isWordChar(code)) {
        if (code >= 65 && code <= 90) code += 32;
        hash = Math.imul(inWord ? hash ^ code : FNV_OFFSET ^ code, FNV_PRIME);
        inWord = true;
        continue;
      }
      if (!inWord) continue;
      inWord = false;
      const key = hash >>> 0;
      const list = index.get(key);
      if (!list) index.set(key, [s]);
      else if (list[list.length - 1] !== s) list.push(s);
    }
  }
  return index;
}

/** Splits a phrase the same way indexWords does ("tier-2" → ["tier", "2"]). */
export function wordsOf(phrase: string): string[] {
  return (phrase.match(WORD) ?? []).map((word) => word.toLowerCase());
}
