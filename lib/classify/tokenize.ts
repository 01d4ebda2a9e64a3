/**
 * A hand-rolled scanner (a Unicode regex per message was the slowest step): words,
 * runs of ! and ?, clause breaks, and emoji, with offsets into the original text.
 */
export interface Token {
  start: number;
  end: number;
  /** Words lower-cased with curly apostrophes straightened; other tokens as written. */
  norm: string;
  kind: 'word' | 'punct' | 'break' | 'emoji';
  /** Inside a negation scope ("not really happy"): its features are learned separately. */
  negated: boolean;
}

// Negators open a scope of up to three words that ends at clause punctuation (Pang et al. 2002).
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'cannot',
  'without',
  'hardly',
  'barely',
]);
const NEGATION_SCOPE = 3;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const RIGHT_QUOTE = 0x2019;

type Kind = Token['kind'] | 'apostrophe' | 'skip';

function kindOf(code: number): Kind {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 'word';
    if (code === 39) return 'apostrophe';
    if (code === 33 || code === 63) return 'punct';
    if (code === 46 || code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 10)
      return 'break';
    return 'skip';
  }
  if (code === RIGHT_QUOTE) return 'apostrophe';
  const char = String.fromCodePoint(code);
  if (WORD_CHAR.test(char)) return 'word';
  return PICTOGRAPH.test(char) ? 'emoji' : 'skip';
}

const isNegator = (word: string) => NEGATORS.has(word) || word.endsWith("n't");

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let scope = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (kind === 'skip' || kind === 'apostrophe') {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (kind !== 'emoji') {
      while (i < text.length) {
        const next = text.codePointAt(i)!;
        let nextKind = kindOf(next);
        // An apostrophe belongs to a word only between letters: "don't", not a closing quote.
        if (
          kind === 'word' &&
          nextKind === 'apostrophe' &&
          i + 1 < text.length &&
          kindOf(text.codePointAt(i + 1)!) === 'word'
        ) {
          nextKind = 'word';
        }
        if (nextKind !== kind) break;
        i += next > 0xffff ? 2 : 1;
      }
    }
    const raw = text.slice(start, i);
    if (kind !== 'word') scope = 0;
    const norm = kind === 'word' ? raw.toLowerCase().replace(/’/g, "'") : raw;
    tokens.push({ start, end: i, norm, kind, negated: kind === 'word' && scope > 0 });
    if (kind === 'word') {
      if (scope > 0) scope--;
      if (isNegator(norm)) scope = NEGATION_SCOPE;
    }
  }
  return tokens;
}
