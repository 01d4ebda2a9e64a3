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

// Sentences are grouped in blocks of 30 so a block's membership fits in one small integer
// bitmask: no array per word, which keeps the garbage collector out of the typing path.
const BLOCK = 30;

/**
 * Keys stay small integers (30 bits) so V8 keeps them unboxed; two (word, block) pairs that
 * share a key only merge their candidate sentences, which is safe.
 */
function blockKey(hash: number, block: number): number {
  return (hash ^ Math.imul(block, 0x9e3779b1)) & 0x3fffffff;
}

/**
 * Hashes of every anchor word a rule declared (registered when the rule module loads).
 * Only these are indexed: most words of a draft are never looked up, and skipping them
 * halves the cost of indexing.
 */
const anchorHashes = new Set<number>();
export function registerAnchorWords(words: readonly string[]): void {
  for (const word of words) anchorHashes.add(wordHash(word));
}

export interface WordIndex {
  blockCount: number;
  /** blockKey(wordHash, block) → bitmask of the block's sentences containing the word. */
  masks: Map<number, number>;
}

export function indexWords(text: string, sentences: Sentence[]): WordIndex {
  const masks = new Map<number, number>();
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const block = Math.floor(s / BLOCK);
    const bit = 1 << (s % BLOCK);
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
      if (!anchorHashes.has(hash >>> 0)) continue;
      const key = blockKey(hash, block);
      masks.set(key, (masks.get(key) ?? 0) | bit);
    }
  }
  return { blockCount: Math.ceil(sentences.length / BLOCK), masks };
}

/** Indices (ascending) of the sentences containing at least one word with these hashes. */
export function sentencesWithHashes(index: WordIndex, hashes: readonly number[]): number[] {
  const found: number[] = [];
  for (let block = 0; block < index.blockCount; block++) {
    let mask = 0;
    for (const hash of hashes) mask |= index.masks.get(blockKey(hash, block)) ?? 0;
    for (let bit = 0; mask !== 0; bit++, mask >>>= 1) if (mask & 1) found.push(block * BLOCK + bit);
  }
  return found;
}

/** Splits a phrase the same way indexWords does ("tier-2" → ["tier", "2"]). */
export function wordsOf(phrase: string): string[] {
  return (phrase.match(WORD) ?? []).map((word) => word.toLowerCase());
}
