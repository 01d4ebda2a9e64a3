import type { RuleContext } from '@/lib/engine/rule';
import { sentenceTest } from '@/lib/engine/sentence-facts';
import { splitClauseWords } from '@/lib/rules/shared/clause-words';
import { ALTERNATIVE_CUE, draftOffersSomething, FOLLOW_UP_CUE, TIME_CUE } from '@/lib/rules/shared/cues';
import { openingOrderAt } from '@/lib/rules/shared/imperatives';
import { findRefusedClauses, type Subject } from '@/lib/rules/shared/negated-clauses';
import { draftNamesTime } from '@/lib/rules/shared/vague-time';

/**
 * Features of one sentence for the learned second opinion (draft-model.ts), shared with its
 * training script so both read a sentence the same way: lower-case words, their crude stems
 * ("refunded", "refunds" → "refund", so a wording seen once in training counts for its
 * siblings), word pairs, the first and last word, and a mark for all-capital words ("SLA", "KYC", "CoP") that internal
 * shorthand tends to be. Numbers are one token ("#"), so order numbers do not become features.
 * Each feature is a 32-bit hash; no strings are built (this runs on every new sentence).
 *
 * On top of the words, the clause shapes the rules already read (a refusing clause and who
 * refuses, an opening order, who the sentence is about, hedges, policy nouns, the customer
 * in the past tense, repetition, a concrete time) and a few facts about the whole reply
 * (does it offer anything, name a time, name a team): drafts by other hands word the same
 * problem many ways, and the shape is what they share. In 5-fold CV on the training drafts
 * (points fitted on half, recall counted on the other half, at the same precision floors),
 * the engine's recall with words alone was .687, with the shapes and facts .702.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const START = 0x5bd1e995;
const END = 0x1b873593;
const CAPS = 0x2f2c6e4d;
const NUMBER = 0x3c6ef372;

/** Mixes two word hashes into a pair hash (order matters: "not our" ≠ "our not"). */
function pairHash(first: number, second: number): number {
  let hash = Math.imul(first ^ 0x9e3779b9, 0x85ebca6b) ^ second;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

const isLower = (code: number) => code >= 97 && code <= 122;
const isUpper = (code: number) => code >= 65 && code <= 90;
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The length of a crude stem of a word whose last three letters are `c1` (last), `c2`, `c3`:
 * -s, -ed, -ing and -ly stripped ("refunds", "refunded", "refunding" → "refund"); 0 when none.
 */
function stemLength(length: number, c1: number, c2: number, c3: number): number {
  if (length > 5 && c3 === 105 && c2 === 110 && c1 === 103) return length - 3; // -ing
  if (length > 4 && c2 === 101 && c1 === 100) return length - 2; // -ed
  if (length > 4 && c2 === 108 && c1 === 121) return length - 2; // -ly
  if (length > 3 && c1 === 115 && c2 !== 115 && c2 !== 39) return length - 1; // -s, not -ss or 's
  return 0;
}

/** Calls `emit` with each feature hash of `text` (repeats possible; the caller decides). */
export function sentenceFeatures(text: string, emit: (hash: number) => void): void {
  let previous = START;
  let hash = FNV_OFFSET;
  let length = 0;
  let uppers = 0;
  let lowers = 0;
  let digits = 0;
  // Hashes of the word without its last 1, 2 and 3 letters, and its last three letters.
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const letter = isLower(code) || isUpper(code);
    if (letter || isDigit(code) || (code === 39 && length > 0)) {
      if (isUpper(code)) uppers++;
      else if (isLower(code)) lowers++;
      else if (isDigit(code)) digits++;
      const lower = isUpper(code) ? code + 32 : code;
      h3 = h2;
      h2 = h1;
      h1 = hash;
      c3 = c2;
      c2 = c1;
      c1 = lower;
      hash = Math.imul(hash ^ lower, FNV_PRIME);
      length++;
      continue;
    }
    if (length === 0) continue;
    const word = digits > 0 ? NUMBER : hash >>> 0;
    emit(word);
    emit(pairHash(previous, word));
    if (digits === 0) {
      const kept = stemLength(length, c1, c2, c3);
      if (kept > 0) emit((kept === length - 1 ? h1 : kept === length - 2 ? h2 : h3) >>> 0);
    }
    // "SLA", "KYC", "CoP": two or more capitals and few lower-case letters.
    if (uppers >= 2 && lowers <= 1 && length <= 7) emit(CAPS);
    previous = word;
    hash = FNV_OFFSET;
    length = uppers = lowers = digits = 0;
  }
  if (previous !== START) emit(pairHash(previous, END));
}

/** A feature named by a string, hashed once when this module loads. */
export function named(name: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

const SUBJECTS: readonly Subject[] = ['we', 'you', 'it', 'there', 'thing', 'your-thing', 'none'];
const REFUSED = named('shape:refused');
const REFUSED_BY = new Map(SUBJECTS.map((subject) => [subject, named(`shape:refused:${subject}`)]));
const ORDER = named('shape:order');
const ABOUT_US = named('shape:about-us');
const ABOUT_YOU = named('shape:about-you');
const SHAPES: ReadonlyArray<readonly [number, RegExp]> = [
  [
    named('shape:hedge'),
    /\b(?:maybe|might|perhaps|possibly|probably|not sure|no idea|unsure|i think|i guess|hopefully|i believe|no clue)\b/i,
  ],
  [
    named('shape:policy'),
    /\b(?:policy|policies|terms|conditions|t&cs|rules|procedures?|guidelines|agreement|contract|clause)\b/i,
  ],
  // "you entered", "you clearly didn't", "you've missed": what the customer did, told back to them.
  [
    named('shape:you-did'),
    /\byou(?:'ve| have| had)? (?:\w+ly )?(?:\w+ed|didn't|did not|forgot|chose|gave|sent|made|put|left|missed|failed|ignored|selected|entered|typed|misread|overlooked)\b/i,
  ],
  [
    named('shape:again'),
    /\b(?:again|already|as (?:mentioned|stated|explained|noted|i said)|twice|several times|multiple times)\b/i,
  ],
  [named('shape:time'), TIME_CUE],
];

/**
 * Who refuses in each refusing clause, by sentence index (sparse), for the last context asked:
 * the opinion asks for every sentence of a new draft, and rebuilding findRefusedClauses's
 * whole-draft list per sentence made a cold analysis build it once per sentence (25 times on
 * the bench's draft). The lists keep findRefusedClauses's order, so the features come out alike.
 */
let refusedContext: RuleContext | null = null;
let refusedSubjects: Subject[][] = [];
function refusedSubjectsOf(context: RuleContext): Subject[][] {
  if (context !== refusedContext) {
    refusedSubjects = [];
    for (const clause of findRefusedClauses(context)) (refusedSubjects[clause.sentenceIndex] ??= []).push(clause.subject);
    refusedContext = context;
  }
  return refusedSubjects;
}

/**
 * The clause shapes of sentence `index`. Read through the rules' own memos (refusing clauses,
 * opening orders, times), which the rules have mostly filled already, so a new sentence costs
 * little more than its own few pattern tests.
 *
 * The refusing clauses come from findRefusedClauses, which reads only the sentences holding a
 * negation's anchor word: asking refusedClausesAt for every new sentence split each typed
 * sentence into clause words (about 5 of this opinion's 12 µs per keystroke) only to find no
 * "no" in most. Its clauses of sentence `index` are refusedClausesAt's, in the same order. The
 * first word is the first of splitClauseWords's list, which a limit of one leaves as it is.
 */
export function sentenceShapesAt(context: RuleContext, index: number, emit: (hash: number) => void): void {
  const refused = refusedSubjectsOf(context)[index];
  if (refused !== undefined) {
    for (const subject of refused) {
      emit(REFUSED);
      emit(REFUSED_BY.get(subject)!);
    }
  }
  if (openingOrderAt(context, index)) emit(ORDER);
  const first = splitClauseWords(context.sentences[index]!.text, 1)[0]?.word;
  if (first === 'we' || first === 'i' || first === 'our') emit(ABOUT_US);
  else if (first === 'you' || first === 'your') emit(ABOUT_YOU);
  for (const [hash, pattern] of SHAPES) if (sentenceTest(context, index, pattern)) emit(hash);
}

const TEAM =
  /\b(?:team|department|dept|billing|support|desk|manager|supervisor|courier|carrier|warehouse|bank|provider)\b/i;
const OFFERS = named('draft:offers');
const BARE = named('draft:bare');
const NAMES_TIME = named('draft:time');
const NAMES_TEAM = named('draft:team');
const ALTERNATIVE = named('draft:alternative');
const FOLLOW_UP = named('draft:follow-up');
const LENGTH = [1, 2, 3, 4].map((n) => named(`draft:sentences:${n}`));

/** Facts about the whole reply: whether it offers anything, names a time or a team, and its length. */
export function draftFacts(context: RuleContext, emit: (hash: number) => void): void {
  emit(draftOffersSomething(context) ? OFFERS : BARE);
  if (draftNamesTime(context)) emit(NAMES_TIME);
  const any = (pattern: RegExp) => context.sentences.some((_, index) => sentenceTest(context, index, pattern));
  if (any(TEAM)) emit(NAMES_TEAM);
  if (any(ALTERNATIVE_CUE)) emit(ALTERNATIVE);
  if (any(FOLLOW_UP_CUE)) emit(FOLLOW_UP);
  emit(LENGTH[Math.min(4, context.sentences.length) - 1]!);
}

/** Every feature of sentence `index` of the draft: its words and its clause shapes. */
export function sentenceFeaturesAt(context: RuleContext, index: number, emit: (hash: number) => void): void {
  sentenceFeatures(context.sentences[index]!.text, emit);
  sentenceShapesAt(context, index, emit);
}
