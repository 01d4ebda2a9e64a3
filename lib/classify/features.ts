/**
 * Turns one message into hashed features, each tied to the token it came from so the
 * weights that fire can be shown back to the agent as evidence. The training script
 * imports this same file, so shipped scoring and training can never drift apart.
 */

export interface Token {
  start: number;
  end: number;
  /** Lower-cased, curly apostrophes straightened; punctuation runs keep their characters. */
  norm: string;
  kind: 'word' | 'punct' | 'break' | 'emoji';
  negated: boolean;
}

export interface FeatureSet {
  tokens: Token[];
  /** Hash bucket of each feature. */
  buckets: number[];
  /** Token index each feature is credited to (bigrams credit their second word). */
  owners: number[];
}

// Words, runs of ! and ?, clause breakers (end a negation scope), and emoji.
const TOKEN_PATTERN = /[\p{L}\p{N}'’]+|[!?]+|[.,;:()\n]+|\p{Extended_Pictographic}/gu;

// Negators open a scope of up to three words that ends at clause punctuation (Pang et al. 2002 style).
const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot', 'without', 'hardly', 'barely',
]);
const NEGATION_SCOPE = 3;

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

function isShouted(raw: string): boolean {
  // Two or more letters, all upper case, and not a lone pronoun/acronym-length word like "I" or "OK".
  return raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let scope = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const first = raw.charCodeAt(0);
    let kind: Token['kind'];
    if (first === 33 || first === 63) kind = 'punct';
    else if (/^[.,;:()\n]/.test(raw)) kind = 'break';
    else if (/\p{Extended_Pictographic}/u.test(raw)) kind = 'emoji';
    else kind = 'word';
    const norm = kind === 'word' ? raw.toLowerCase().replace(/’/g, "'") : raw;
    if (kind !== 'word') scope = 0;
    tokens.push({ start: match.index, end: match.index + raw.length, norm, kind, negated: kind === 'word' && scope > 0 });
    if (kind === 'word') {
      if (scope > 0) scope--;
      if (isNegator(norm)) scope = NEGATION_SCOPE;
    }
  }
  return tokens;
}

function punctuationFeature(run: string): string {
  const bangs = run.split('!').length - 1;
  const questions = run.length - bangs;
  if (bangs > 0 && questions > 0) return 'p?!';
  if (bangs >= 2) return 'p!!';
  if (questions >= 2) return 'p??';
  return bangs ? 'p!' : 'p?';
}

/** Hash every feature of `text` into [0, size); `size` must be a power of two. */
export function extractFeatures(text: string, size: number, charGrams: readonly number[] = [3, 4]): FeatureSet {
  const tokens = tokenize(text);
  const buckets: number[] = [];
  const owners: number[] = [];
  const mask = size - 1;
  const add = (feature: string, owner: number) => {
    buckets.push(fnv1a(feature) & mask);
    owners.push(owner);
  };
  let previousWord = '<s>';
  let shouted = 0;
  tokens.forEach((token, index) => {
    if (token.kind === 'punct') {
      add(punctuationFeature(token.norm), index);
      return;
    }
    if (token.kind === 'emoji') {
      add('e' + token.norm, index);
      return;
    }
    if (token.kind === 'break') {
      previousWord = '<s>';
      return;
    }
    const word = token.norm;
    const marker = token.negated ? '!' : '';
    add('w' + marker + word, index);
    add('b' + previousWord + ' ' + word, index);
    previousWord = word;
    const padded = ' ' + word + ' ';
    for (const n of charGrams) {
      for (let i = 0; i + n <= padded.length; i++) add('c' + marker + padded.slice(i, i + n), index);
    }
    if (isShouted(text.slice(token.start, token.end))) {
      shouted++;
      add('caps', index);
    }
  });
  if (shouted >= 3) add('caps3', tokens.length - 1);
  return { tokens, buckets, owners };
}
