import { firstWords } from '@/lib/engine/first-words';
import { textMemo, whenTextMemosClear } from '@/lib/engine/text-memo';

/**
 * A long phrase list (`\b(?:you (?:clearly|…)|if you…|…)`) run by V8 tries each of its
 * phrases at every word of a sentence. Most phrases open with a word from a short list ("you",
 * "if", "your"): this runs the same pattern, anchored (sticky), only at the words it can
 * start with, read once per sentence. The matches are the pattern's own, found in the same
 * order: every other position is one where no phrase of the pattern could start.
 */
interface WordScanner {
  /** member[id] is 1 for the ids (see idOf) of the words the pattern can open with. */
  member: Uint8Array;
  /** Non-word characters a match may also open with. */
  openings: string;
  /** Whether any word starting with a digit may open a match. */
  digits: boolean;
  foldCase: boolean;
  /** The text being scanned, how far, and where each opening character comes next in it (see nextOpening). */
  aheadText: string | null;
  aheadFrom: number;
  ahead: number[];
  /** The pattern itself, sticky, tried at one position at a time. */
  sticky: RegExp;
}

const NO_OPENINGS: number[] = [];
const UNSEARCHED = -2;

/**
 * Past this length (a pasted log, hostile text: real sentences are a few hundred characters) a
 * pattern is run as it is: where its opening words crowd ("we can we can…"), V8's own loop is
 * quicker than a call per word, and the worst cases stay those of the pattern itself.
 */
const MAX_SCANNED_CHARS = 1_000;

/** Is `text` short enough for the word scan (see MAX_SCANNED_CHARS)? */
export function scansWords(text: string): boolean {
  return text.length <= MAX_SCANNED_CHARS;
}

/** A phrase or two V8 finds as quickly itself (it skips ahead to a literal opening). */
const MIN_PHRASES = 3;

/**
 * Every word some pattern opens with gets a small id, so a sentence's words are looked up once
 * (when it is first read), not once per pattern. Words are keyed by a 32-bit hash, lower-cased
 * or as typed (patterns without the `i` flag compare them as typed), so reading a sentence
 * makes no strings. Two words with one hash share an id: a word then only looks like an
 * opening to more patterns than it should, and the pattern itself, tried there, says no.
 */
const lowerIds = new Map<number, number>();
const typedIds = new Map<number, number>();
let idCount = 0;
function idOf(hash: number, ids: Map<number, number>): number {
  let id = ids.get(hash);
  if (id === undefined) ids.set(hash, (id = idCount++));
  return id;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOf(word: string, foldCase: boolean): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    hash = Math.imul(hash ^ (foldCase && code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
  }
  return hash;
}

const scanners = new WeakMap<RegExp, WordScanner | null>();

/**
 * The patterns scanned word by word (the first thousand): tests/engine/word-scan.test.ts
 * checks that each finds exactly what the pattern finds on its own.
 */
export const scannedPatterns: RegExp[] = [];
const MAX_LISTED = 1_000;

/** The word scanner for `pattern`, or null when its first words cannot be read (it is then run as it is). */
export function wordScannerOf(pattern: RegExp): WordScanner | null {
  let scanner = scanners.get(pattern);
  if (scanner === undefined) {
    const first = phraseCount(pattern.source) >= MIN_PHRASES ? firstWords(pattern.source, pattern.flags) : null;
    const foldCase = pattern.flags.includes('i');
    scanner = null;
    if (first) {
      const wordIds = [...first.words].map((word) => idOf(hashOf(word, foldCase), foldCase ? lowerIds : typedIds));
      const member = new Uint8Array(Math.max(0, ...wordIds) + 1);
      for (const id of wordIds) member[id] = 1;
      if (scannedPatterns.length < MAX_LISTED) scannedPatterns.push(pattern);
      scanner = {
        member,
        openings: first.openings,
        digits: first.digits,
        foldCase,
        aheadText: null,
        aheadFrom: 0,
        ahead: NO_OPENINGS,
        sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`),
      };
    }
    scanners.set(pattern, scanner);
  }
  return scanner;
}

/** Rough count of a pattern's phrases: its `|`s. */
function phraseCount(source: string): number {
  let count = 1;
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 124) count++;
  return count;
}

/** Where each run of word characters ([A-Za-z0-9_], as `\\b` sees them) starts, and its word's ids (-1: no pattern opens with it). */
interface Words {
  starts: number[];
  /** 1 where the word starts with a digit. */
  digitFirst: number[];
  lowerHashes: number[];
  typedHashes: number[];
  lowerIds: number[];
  typedIds: number[];
  /**
   * The words (indices into the lists above) some pattern may open with: an id in either case, or
   * a digit first. A scan visits only these (on the bench's draft, 244 of 390 words), in order.
   */
  openers: number[];
  /** How many ids were given when the ids above were looked up: words given one since are looked up again. */
  known: number;
}

const isWordChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

function wordsIn(text: string): Words {
  const words: Words = {
    starts: [],
    digitFirst: [],
    lowerHashes: [],
    typedHashes: [],
    lowerIds: [],
    typedIds: [],
    openers: [],
    known: -1,
  };
  for (let i = 0; i < text.length;) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    words.starts.push(i);
    words.digitFirst.push(code <= 57 ? 1 : 0);
    let lower = FNV_OFFSET;
    let typed = FNV_OFFSET;
    for (; i < text.length && isWordChar((code = text.charCodeAt(i))); i++) {
      typed = Math.imul(typed ^ code, FNV_PRIME);
      lower = Math.imul(lower ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
    }
    words.lowerHashes.push(lower);
    words.typedHashes.push(typed);
  }
  return words;
}

function lookUp(words: Words): void {
  words.known = idCount;
  words.lowerIds = words.lowerHashes.map((hash) => lowerIds.get(hash) ?? -1);
  words.typedIds =
    typedIds.size === 0 ? words.lowerIds.map(() => -1) : words.typedHashes.map((hash) => typedIds.get(hash) ?? -1);
  words.openers = [];
  for (let i = 0; i < words.starts.length; i++) {
    if (words.lowerIds[i] !== -1 || words.typedIds[i] !== -1 || words.digitFirst[i] === 1) words.openers.push(i);
  }
}

const wordMemo = textMemo<Words>();
// The last text read: every pattern of every rule scans a new sentence in turn, and a string
// compared with itself is cheaper than a memo lookup.
let lastText: string | null = null;
let lastWords: Words | null = null;
whenTextMemosClear(() => {
  lastText = null;
  lastWords = null;
});
function wordsOf(text: string): Words {
  let words = text === lastText ? lastWords : wordMemo.get(text);
  if (!words) {
    words = wordsIn(text);
    wordMemo.set(text, words);
  }
  lastText = text;
  lastWords = words;
  if (words.known !== idCount) lookUp(words);
  return words;
}

/**
 * The next match of the scanner's pattern in `text` starting at or after `from`, as a global
 * exec from `from` would find it; null when there is none.
 */
export function nextMatch(scanner: WordScanner, text: string, from: number): RegExpExecArray | null {
  const at = nextMatchStart(scanner, text, from);
  if (at === -1) return null;
  scanner.sticky.lastIndex = at;
  return scanner.sticky.exec(text);
}

/** Does the scanner's pattern match anywhere in `text`? (`pattern.test(text)` for a pattern without `g`.) */
export function hasMatch(scanner: WordScanner, text: string): boolean {
  return nextMatchStart(scanner, text, 0) !== -1;
}

/** Where the next match starts (at or after `from`), or -1. Tested without building match arrays: most tries fail. */
function nextMatchStart(scanner: WordScanner, text: string, from: number): number {
  const words = wordsOf(text);
  const { starts } = words;
  const wordIds = scanner.foldCase ? words.lowerIds : words.typedIds;
  const { member, openings, digits } = scanner;
  let opening = -1;
  let ahead = NO_OPENINGS;
  if (openings !== '') {
    // Each opening character's next position, kept while one text is scanned match after match.
    if (scanner.aheadText !== text || scanner.aheadFrom > from) {
      scanner.aheadText = text;
      scanner.ahead = new Array<number>(openings.length).fill(UNSEARCHED);
    }
    scanner.aheadFrom = from;
    ahead = scanner.ahead;
    opening = nextOpening(openings, ahead, text, from);
  }
  const { openers } = words;
  for (let k = 0; k < openers.length; k++) {
    const i = openers[k]!;
    const start = starts[i]!;
    if (start < from) continue;
    // Positions in order: the openings before this word first.
    for (; opening !== -1 && opening < start; opening = nextOpening(openings, ahead, text, opening + 1)) {
      if (matchesAt(scanner, text, opening)) return opening;
    }
    const id = wordIds[i]!;
    const opens = (id !== -1 && id < member.length && member[id] === 1) || (digits && words.digitFirst[i] === 1);
    if (opens && matchesAt(scanner, text, start)) return start;
  }
  for (; opening !== -1; opening = nextOpening(openings, ahead, text, opening + 1)) {
    if (matchesAt(scanner, text, opening)) return opening;
  }
  return -1;
}

function matchesAt(scanner: WordScanner, text: string, at: number): boolean {
  scanner.sticky.lastIndex = at;
  return scanner.sticky.test(text);
}

/**
 * The first position at or after `from` holding one of `openings`, or -1. `ahead[i]` is where
 * openings[i] was last found (-1: nowhere further, -2: not looked for yet): only a position
 * already passed is searched for again, so a long text is read once per opening character.
 */
function nextOpening(openings: string, ahead: number[], text: string, from: number): number {
  let first = -1;
  for (let i = 0; i < openings.length; i++) {
    let at = ahead[i]!;
    if (at === UNSEARCHED || (at !== -1 && at < from)) ahead[i] = at = text.indexOf(openings[i]!, from);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}
