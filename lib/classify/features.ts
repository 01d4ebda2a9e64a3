/**
 * Turns one message into hashed features, each tied to the token it came from so the
 * weights that fire can be shown back to the agent as evidence. The training script
 * imports this same file, so shipped scoring and training can never drift apart.
 * Hashing works on char codes directly (no substrings): this runs on every keystroke.
 */
import { tokenize, type Token } from '@/lib/classify/tokenize';

export { tokenize, type Token } from '@/lib/classify/tokenize';

export interface FeatureSet {
  tokens: Token[];
  /** Hash bucket of each feature. Shared scratch memory: valid until the next call. */
  buckets: Int32Array;
  /** Token index each feature is credited to (bigrams credit their second word). Same caveat. */
  owners: Int32Array;
}

// Reused between calls: this runs on every keystroke and per-call arrays fed the garbage collector.
let bucketScratch = new Int32Array(1024);
let ownerScratch = new Int32Array(1024);

function ensureCapacity(needed: number): void {
  if (needed <= bucketScratch.length) return;
  const size = 2 ** Math.ceil(Math.log2(needed));
  bucketScratch = new Int32Array(size);
  ownerScratch = new Int32Array(size);
}

/** Upper bound on features per token, so the scratch can be sized once per call. */
function maxFeatures(tokens: Token[], charGrams: readonly number[]): number {
  let total = 1;
  for (const token of tokens) total += 3 + charGrams.length * (token.end - token.start + 2);
  return total;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

const step = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);

/** FNV-1a over UTF-16 code units, optionally continuing from an earlier hash. */
export function fnv1a(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = step(hash, text.charCodeAt(i));
  return hash >>> 0;
}

// Each feature family hashes from its own seed so "w:no" and "c:no" never share a bucket by design.
const SEED = {
  word: fnv1a('w'),
  negatedWord: fnv1a('w!'),
  bigram: fnv1a('b'),
  chars: fnv1a('c'),
  negatedChars: fnv1a('c!'),
  punct: fnv1a('p'),
  emoji: fnv1a('e'),
  caps: fnv1a('caps'),
  manyCaps: fnv1a('caps3'),
};
const SENTENCE_START = '<s>';
const DOMAIN_GAP = '<d>';
/**
 * Everyday support nouns carry Reddit meanings ("shipping" a couple, "address" a speech)
 * that would read as emotion in a helpdesk. They produce no features, in training too.
 */
const DOMAIN_WORDS = new Set(
  (
    'order orders ordered shipping shipped shipment address account accounts invoice invoices subscription ' +
    'billing delivery package parcel password email emails login username profile settings tracking plan ' +
    'item items product products checkout update updated upgrade download install app website ticket ' +
    'attached attachment attachments screenshot screenshots receipt morning afternoon evening regards sincerely'
  ).split(' '),
);

function isShouted(raw: string): boolean {
  // Three or more characters, all upper case: "I" and "OK" are not shouting.
  // "NAME" is GoEmotions' mask for people ("[NAME]"), not shouting.
  return raw.length >= 3 && raw !== 'NAME' && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function punctuationKind(run: string): string {
  let bangs = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) === 33) bangs++;
  const questions = run.length - bangs;
  if (bangs > 0 && questions > 0) return '?!';
  if (bangs >= 2) return '!!';
  if (questions >= 2) return '??';
  return bangs ? '!' : '?';
}

/** Hash every feature of `text` into [0, size); `size` must be a power of two. */
export function extractFeatures(text: string, size: number, charGrams: readonly number[]): FeatureSet {
  // No inner closures here: tsx/esbuild wrap named closures in a helper that costs µs per call.
  const tokens = tokenize(text);
  ensureCapacity(maxFeatures(tokens, charGrams));
  const buckets = bucketScratch;
  const owners = ownerScratch;
  const mask = size - 1;
  let count = 0;
  let previousWord = SENTENCE_START;
  let shouted = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'punct' || token.kind === 'emoji') {
      const hash =
        token.kind === 'punct' ? fnv1a(punctuationKind(token.norm), SEED.punct) : fnv1a(token.norm, SEED.emoji);
      buckets[count] = hash & mask;
      owners[count++] = index;
    }
    if (token.kind !== 'word') {
      if (token.kind === 'break') previousWord = SENTENCE_START;
      continue;
    }
    const word = token.norm;
    if (DOMAIN_WORDS.has(word)) {
      previousWord = DOMAIN_GAP;
      continue;
    }
    buckets[count] = fnv1a(word, token.negated ? SEED.negatedWord : SEED.word) & mask;
    owners[count++] = index;
    buckets[count] = fnv1a(word, step(fnv1a(previousWord, SEED.bigram), SPACE)) & mask;
    owners[count++] = index;
    previousWord = word;
    // Character n-grams of " word " (padded so prefixes and suffixes are distinct).
    const charSeed = token.negated ? SEED.negatedChars : SEED.chars;
    const last = word.length + 1;
    for (const n of charGrams) {
      for (let start = 0; start + n <= last + 1; start++) {
        let hash = charSeed;
        for (let i = start; i < start + n; i++)
          hash = step(hash, i === 0 || i === last ? SPACE : word.charCodeAt(i - 1));
        buckets[count] = (hash >>> 0) & mask;
        owners[count++] = index;
      }
    }
    if (isShouted(text.slice(token.start, token.end))) {
      shouted++;
      buckets[count] = SEED.caps & mask;
      owners[count++] = index;
    }
  }
  if (shouted >= 3) {
    buckets[count] = SEED.manyCaps & mask;
    owners[count++] = tokens.length - 1;
  }
  return { tokens, buckets: buckets.subarray(0, count), owners: owners.subarray(0, count) };
}
