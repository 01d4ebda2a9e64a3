import type { RuleContext } from '@/lib/engine/rule';
import { sentenceMemo } from '@/lib/engine/sentence-facts';
import type { Span } from '@/lib/engine/types';
import { clauseWords, splitClauseWords } from '@/lib/rules/shared/clause-words';

/**
 * A sentence that opens with an order: "Resubmit it.", "Call the restaurant.", "Please be
 * patient and try again later." (sentence-relative span of its first clause, or null).
 * Drafts written by people who never saw our rules order customers about this way far more
 * often than with "you must" (issue 15). Whether it is bossy depends on the rest of the
 * reply (commanding.ts asks whether the draft offers anything at all).
 */

// Things customers are told to go and do. Steps on a screen ("go to Settings", "click",
// "select", "restart", "hold the button") are left out: a how-to answer is help, not an order.
// So are "calm down" and "relax" (condescension's).
const ORDER_VERBS = new Set(
  'check call contact send wait try read ask email bring buy pay add set lower upgrade apply come take raise visit complain resubmit refile ventilate tell get keep make be stop leave return refrain address direct speak talk write phone ring message text drop post pack collect pick listen look find search google report reply respond double-check refer accept book submit provide rebook cancel ensure liaise implement supervise reissue unplug order complete copy change upload use tighten register sign ignore update fill hand follow remember re-auth re-enter clear prepare request retry settle reach review destroy switch enter'.split(
    ' ',
  ),
);
// Words before the verb that keep it an order ("Please send it", "Just pay it").
const OPENERS = new Set(['please', 'pls', 'plz', 'kindly', 'just', 'simply', 'instead']);
// After these the first word was a noun ("Switch failed", "Call-out charges include travel")
// or a polite form ("Thank you", "Let me").
const NOT_AN_ORDER_AFTER = new Set(
  'you me us is are was were has have had failed fails take takes cover covers include includes can could will would should must may might changes charges fees times requests'.split(
    ' ',
  ),
);

const BE_AFTER_NOUN = new Set(['is', 'are', 'was', 'were', 'has', 'have']);

// "Read it carefully" is condescension's. "Order earlier next time" stays an order as well as
// blame: drafts by other hands (issue 15) mark such lessons both ways.
const SOMEONE_ELSES = new Set(['carefully', 'properly', 'care']);
// "Read the shipping page before ordering next time" lectures (condescension's), it does not order.
const LESSON_WORDS = new Set(['next', 'future']);

// "Don't worry", "do not hesitate to call": reassurance, not a ban.
const NOT_A_BAN = new Set([
  'know',
  'think',
  'see',
  'remember',
  'worry',
  'hesitate',
  'panic',
  'feel',
  'be',
  'apologise',
  'apologize',
  'stress',
  'mind',
]);

/** "Don't bring it", "Do not argue with the pharmacist": index of the banned verb, or -1. */
function bannedVerbAt(list: ReturnType<typeof clauseWords>, first: number): number {
  if (list[first]?.word !== 'do' || list[first + 1]?.word !== 'not') return -1;
  const verb = list[first + 2];
  return verb && !verb.boundary && !NOT_A_BAN.has(verb.word) ? first + 2 : -1;
}

export function openingOrder(text: string, list: ReturnType<typeof clauseWords>): Span | null {
  let first = 0;
  while (first < list.length && OPENERS.has(list[first]!.word)) first++;
  const banned = bannedVerbAt(list, first);
  if (banned !== -1) first = banned;
  const verb = list[first];
  if (banned !== -1 && verb) {
    let last = first;
    while (last + 1 < list.length && !list[last + 1]!.boundary) last++;
    return { start: list[0]!.start, end: Math.min(list[last]!.end, text.length) };
  }
  if (!verb || verb.boundary || !ORDER_VERBS.has(verb.word)) return null;
  const next = list[first + 1];
  if (next && NOT_AN_ORDER_AFTER.has(next.word)) return null;
  // "Look, the report shows…", "Update: your parcel…": an interjection or a heading.
  if (next?.boundary && (next.word === ',' || next.word === ':')) return null;
  // "Call volumes are very high", "Order numbers were changed": a noun phrase, not a verb.
  const third = list[first + 2];
  if (third && !next?.boundary && BE_AFTER_NOUN.has(third.word)) return null;
  // "Talk to me any time", "Call us whenever suits you": an invitation to come back to us.
  const object = next?.word === 'to' ? list[first + 2] : next;
  if (object && (object.word === 'me' || object.word === 'us')) return null;
  let last = first;
  while (last + 1 < list.length && !list[last + 1]!.boundary) last++;
  const lecture = verb.word === 'read';
  for (let i = first; i <= last; i++) {
    const word = list[i]!.word;
    if (SOMEONE_ELSES.has(word) || (lecture && LESSON_WORDS.has(word))) return null;
  }
  const end = Math.min(list[last]!.end, text.length);
  return { start: list[0]!.start, end };
}

const memo = sentenceMemo<Span | null, RuleContext>();

// Enough opening words to get past the openers to the verb in nearly every sentence.
const OPENING_WORDS = 6;

/** Most sentences open with no order verb: that is decided from their first words, without splitting all of them. */
function opensWithOrderVerb(text: string): boolean {
  const opening = splitClauseWords(text, OPENING_WORDS);
  let first = 0;
  while (first < opening.length && OPENERS.has(opening[first]!.word)) first++;
  const verb = opening[first];
  if (verb?.word === 'do') return opening[first + 1]?.word === 'not';
  if (verb) return !verb.boundary && ORDER_VERBS.has(verb.word);
  // Only openers so far: the verb may come later (or the sentence is that short).
  return opening.length >= OPENING_WORDS;
}

// One constant function rather than a closure per sentence and call: most calls find the answer remembered.
const orderIn = (text: string, context: RuleContext, index: number): Span | null =>
  opensWithOrderVerb(text) ? openingOrder(text, clauseWords(context, index)) : null;

export function openingOrderAt(context: RuleContext, index: number): Span | null {
  return memo(context, index, orderIn);
}
