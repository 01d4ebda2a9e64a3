import type { RuleContext } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { clauseWords, NEGATED_CONTRACTIONS, type ClauseWord } from '@/lib/rules/shared/clause-words';
import { sentencesWith, anchorWords } from '@/lib/rules/shared/match-spans';
import {
  isFigureOfSpeech,
  NOT_REFUSED_CAPABILITY,
  readNegation,
  skipForward,
  subjectBefore,
  unwrapAbility,
  type Subject,
} from '@/lib/rules/shared/negated-clauses';

/**
 * A limit said by the shape of its clause alone, whatever the verb: "We don't resize rings",
 * "Decision makers do not speak to claimants directly", "Saturday slots aren't bookable online",
 * "Our installers only work on ground floors", "Kerbside delivery only." (issue 15: drafts by
 * other hands refuse with verbs no list foresees). The verb lists of negated-clauses.ts stay
 * closed because the same shape is good news inside a reply that helps ("we don't charge for
 * that"); these are only read when the whole reply offers nothing (no-alternative.ts), where a
 * labelled reply of that shape was a bare "no" far more often than a good answer.
 */

const words = (list: string) => new Set(list.split(' '));

// Verbs whose negation tells the customer what they need not fear or do, or that we don't know
// (the uncertainty rules' business): "we don't charge for that", "you won't need it", "I'm not sure".
const NOT_A_LIMIT = words(
  'need needs mean means matter matters mind worry ask know sure aware certain expect judge think believe want charge charged cost costs take takes happen happens affect affected lose lost share shared sell store stored require required needed necessary compulsory mandatory wrong late overdue expire expired a an the any your you yet always safe problem issue worried trouble pay',
);
// Said of a thing, these describe it rather than limit it: "the price won't change", "it works fine".
const THING_NOT_A_LIMIT = words('have change changes go goes keep stop work works working fine ok okay');
// After "is not" a thing is limited by a state we set, not described: "isn't bookable online", "not included".
const LIMITING_STATE = /(?:ed|en|able|ible)$|^(?:part|free|open|for|random|permitted|allowed|eligible|due)$/;
// "It only takes two minutes", "the fix only needs a restart": "only" that makes it smaller.
const ONLY_NOT_A_LIMIT = words('take takes need needs cost costs last lasts happen happens one a an the just few');
// "We have no access", "the hospital has no further role"; not "we have no record of a
// problem", "no need to".
const NOTHING_TO_FEAR = words(
  'charge charges fee fees cost costs extra need problem problems issue issues risk rush worry worries doubt way change changes sign signs record damage wrong impact obligation penalty interest',
);

interface Found {
  start: number;
  end: number;
}

function limitAt(subject: Subject, clauseStart: boolean, predicate: string, passive: boolean, afterAnd: boolean) {
  if (NOT_A_LIMIT.has(predicate)) return false;
  if (subject === 'we') return true;
  if (THING_NOT_A_LIMIT.has(predicate)) return false;
  if (subject === 'thing') return !passive || LIMITING_STATE.test(predicate);
  if (subject !== 'none') return false;
  // "… and are not individually responded to": the subject is the clause before "and".
  if (afterAnd) return passive && LIMITING_STATE.test(predicate);
  // "Not online, no.", "Not for balances under $500.": a clipped no at the start of the sentence.
  return clauseStart && (predicate === 'for' || predicate === 'online');
}

/** "we have no access", "the hospital has no further role": a "no" before a noun, held by us. */
function noneHeld(list: ClauseWord[], index: number): Found | null {
  const verb = list[index - 1]?.word;
  const noun = list[index + 1];
  if (!noun || noun.boundary || NOTHING_TO_FEAR.has(noun.word) || list[index + 2]?.word === 'to') return null;
  if (verb !== 'have' && verb !== 'has') return null;
  const { subject, start } = subjectBefore(list, index - 1);
  return subject === 'we' && start !== -1 ? { start, end: noun.end } : null;
}

const NEWS = words('eta date update news answer timeline timeframe');
// "If we can't get your speed above 30, you're free to leave": a condition, not a rule.
const CONDITIONS = words('if unless when whether');

/** Index of the first word of the clause that ends just before `aux` (at most six words back). */
function clauseStartBefore(list: ClauseWord[], aux: number): number {
  let first = aux;
  while (first > 0 && aux - first < 6 && !list[first - 1]!.boundary) first--;
  return first;
}

function limitsOfSentence(list: ClauseWord[]): Found[] {
  const found: Found[] = [];
  for (let index = 0; index < list.length; index++) {
    if (list[index]!.word === 'no') {
      const held = noneHeld(list, index);
      if (held) found.push(held);
      continue;
    }
    const reading = readNegation(list, index);
    // "Those items couldn't be packed, so you haven't been charged": what happened, not a rule.
    // "Urgent treatment is never delayed": "never" with a state reassures.
    if (!reading || reading.mode === 'was' || list[reading.aux]!.word === 'could' || list[index]!.word === 'never')
      continue;
    const { subject } = subjectBefore(list, reading.aux);
    const first = clauseStartBefore(list, reading.aux);
    if (first > 0 && CONDITIONS.has(list[first - 1]!.word)) continue;
    const unwrapped = unwrapAbility(list, skipForward(list, reading.after), reading.mode);
    const mode = unwrapped.mode;
    let at = unwrapped.at;
    // "Requests are not being considered this year."
    const being = mode === 'be' && list[at]?.word === 'being';
    if (being) at = skipForward(list, at + 1);
    const predicate = list[at];
    if (!predicate || predicate.boundary || (!being && isFigureOfSpeech(list, at, reading))) continue;
    if (mode === 'can' && NOT_REFUSED_CAPABILITY.has(predicate.word)) continue;
    // "We don't have an ETA yet": not knowing (the uncertainty rules'), not a limit.
    if (list.slice(at + 1).some((w) => w.word === 'yet' || NEWS.has(w.word))) continue;
    // "We won't send you any more reminders" is good news.
    if (predicate.word === 'send' && list.slice(at + 1, at + 5).some((w) => w.word === 'more')) continue;
    // "Sat 9-1, emergencies only tho": the limit is the noun before, and hours are an answer.
    const closing = at === list.length - 1;
    if (mode === 'only' && (ONLY_NOT_A_LIMIT.has(predicate.word) || subject === 'none' || closing)) continue;
    // "can't be met", "cannot be moved": a "can't be" refuses whatever follows it.
    const passive = mode === 'be' || mode === 'will-be';
    const before = list[reading.aux - 1];
    const afterAnd = before?.word === 'and';
    if (!limitAt(subject, reading.aux === 0 || before!.boundary, predicate.word, passive, afterAnd)) continue;
    found.push({ start: list[first]!.start, end: predicate.end });
  }
  // "Kerbside delivery only.", "Our drivers deliver to the doorstep only, for safety reasons."
  if (found.length === 0) {
    const only = list.findIndex(
      (w, i) => w.word === 'only' && i >= 2 && (i === list.length - 1 || list[i + 1]!.boundary),
    );
    if (only !== -1 && !list[only - 1]!.boundary) found.push({ start: list[0]!.start, end: list[only]!.end });
  }
  return found;
}

const ANCHORS = anchorWords(['not never unable longer only no', ...NEGATED_CONTRACTIONS].join(' '));

/** Limits in the draft (draft offsets), for a reply that offers nothing else. */
export function findBareLimits(context: RuleContext): Span[] {
  const spans: Span[] = [];
  for (const index of sentencesWith(context, ANCHORS)) {
    const offset = context.sentences[index]!.start;
    for (const span of limitsOfSentence(clauseWords(context, index)))
      spans.push({ start: span.start + offset, end: span.end + offset });
  }
  return spans;
}
