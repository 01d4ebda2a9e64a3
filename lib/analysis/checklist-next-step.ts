import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { TIME_CUE } from '@/lib/rules/shared/cues';
import { matchSpans } from '@/lib/rules/shared/match-spans';
import { firstCleanMatchOf, scanAll, type SentenceScan } from '@/lib/analysis/first-clean-match';
import { hedgedTimes } from '@/lib/rules/shared/hedged-time';
import { ACTING_NOW, FUTURE_ACTION, OFFER, PAST_ACTION } from '@/lib/analysis/checklist-can-do';
import { tolerant } from '@/lib/analysis/checklist-typos';
import type { Span } from '@/lib/engine/types';

/**
 * "A concrete next step" (issue 14 and 15, item 4): an action, or a promise with a concrete
 * time. "We will update you soon" is neither: "soon", "ASAP", "shortly" and "as soon as we
 * can" are not times a customer can plan with. An event counts as a time ("when the part
 * arrives", "once the refund clears"): the customer knows what to wait for.
 */
const VAGUE_TIME = phrasesAtWordStart(
  [
    '(?<!as )soon\\b(?! as)',
    'asap\\b',
    'shortly\\b',
    'as soon as (?:possible|we can|I can|we are able|I am able|possible)\\b',
    'in due course\\b',
    'at some point\\b',
    'when(?:ever)? (?:we|I) can\\b',
    'in a (?:while|bit)\\b',
    'eventually\\b',
    'before long\\b',
  ],
  'gi',
);

const HAPPENS =
  '(?:delivered|shipped|dispatched|posted|collected|picked up|installed|repaired|replaced|restored|reactivated|activated|processed|released|resolved|returned|refunded|credited|sent|fixed|back|ready|live|active|there|with you|available|on its way)';

/** A promise to talk again, or an event on its way: a next step only with a time or an event. */
const PROMISE = phrasesAtWordStart(
  [
    "(?:I|we)(?:'ll| will|'m going to| am going to| are going to)(?: \\w+)? (?:update|get back|let you know|keep you (?:posted|updated)|be in touch|reply|respond|come back|follow up|reach out|look into|contact|email|call|message|write|confirm|check)\\b",
    "you(?:'ll| will) (?:get|receive|hear|see)\\b",
    "(?:it|they|the \\w+|your \\w+)(?:'ll| will| should) (?:arrive|show|reach|be (?:with you|back|live|ready|there|active|refunded|sent|fixed))\\b",
    // What will happen, with or without its subject next to it: "the desk … will be delivered on
    // Thursday between 9am and 1pm" (QA 2026-12-07, findings 1 and 3).
    `(?:(?:it|they|the \\w+|your \\w+)(?:'ll| will| should)|will|should) be ${HAPPENS}\\b`,
    '(?:is|are) due\\b',
    '(?:(?:it|they|the \\w+|your \\w+) )?(?:ships|arrives|reopens|restarts|leaves|goes out|goes back|comes back|is delivered|gets delivered)\\b',
  ],
  'gi',
);
const EVENT =
  /\b(?:when|once|as soon as|the moment|the day) (?:it|they|the|your|we|I|you|this|that)\b(?! (?:can|could|are able|am able)\b)(?: \w+){0,2}/gi;

/**
 * An instruction the customer can follow now: "Open Settings and tap Export", also after a short
 * lead-in ("On your plan, open Invoices", "Hi Dana, please reply with…"; QA finding 1). The
 * lead-in is looked behind, so the tick quotes the instruction. "Check-in opens at 6" is a noun.
 */
const STEP =
  /(?<=^(?:[^,;:.!?]{1,40}, )?(?:please |then |first |next |now |just |simply )?)(?:go|open|tap|click|hold|choose|select|reply|send|upload|sign|pick|list|take|try|check|use|enter|fully close|restart|press|log|scroll|visit|follow)\b(?!-)/i;

// Bare days read as dates after a promise ("ships Thursday"); "between 9am and 1pm" is a slot.
const DAY_OR_SLOT =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bbetween \d{1,2}(?::\d{2})? ?(?:am|pm)? and \d{1,2}(?::\d{2})? ?(?:am|pm)?\b/gi;
const TIME = new RegExp(TIME_CUE.source, 'gi');

/** Concrete times and events in a sentence, vague and hedged ones ("hopefully by Friday") left out. */
function timesIn(text: string): Span[] {
  const vague = matchSpans(text, VAGUE_TIME);
  const times = matchSpans(text, DAY_OR_SLOT, 0, matchSpans(text, EVENT, 0, matchSpans(text, TIME))).filter(
    (span) => !vague.some((v) => v.start < span.end && span.start < v.end),
  );
  // "hopefully by Friday" also holds a bare "Friday": a time inside a hedged one is hedged too.
  const hedged = hedgedTimes(text, times);
  return hedged.length === 0
    ? times
    : times.filter((time) => !hedged.some((h) => h.start <= time.start && time.end <= h.end));
}

const OTHER_CLAUSE = /[;:]|\b(?:and|but|so|then|while)\b/i;

/**
 * A promise, or an offer, that comes with a concrete time, quoted from it to the time. An offer
 * alone ("I can offer a credit", "Would you like me to book it?") is what the agent can do, not
 * yet a next step: it becomes one when it says what happens and when ("I can send a
 * replacement tomorrow"; issue 15, must-have 4).
 */
const timed =
  (pattern: RegExp): SentenceScan =>
  (text) => {
    // The first match only: the global pattern starts from the beginning each time.
    pattern.lastIndex = 0;
    const promise = pattern.exec(text);
    if (!promise) return [];
    const end = promise.index + promise[0].length;
    const times = timesIn(text);
    // The time after the promise reads as one phrase ("I'll email you by Friday"); one before it also
    // counts ("Tomorrow I'll confirm"), unless it belongs to another clause ("refunded today, and I will email").
    const after = times.filter((time) => time.start >= end).sort((a, b) => a.start - b.start || b.end - a.end)[0];
    const before = times
      .filter((time) => time.end <= promise.index && !OTHER_CLAUSE.test(text.slice(time.end, promise.index)))
      .sort((a, b) => b.end - a.end)[0];
    if (after) return [{ start: promise.index, end: after.end }];
    return before ? [{ start: before.start, end }] : [];
  };
const TIMED_OFFER = new RegExp(OFFER.source, 'gi');

// "We can check the charge" says checking is possible, not that anything will happen (QA finding 2):
// what you can do, but not yet a next step. "I'll check" commits, and a time makes it a promise.
const ONLY_POSSIBLE_EFFORT = /^(?:I|we) can (?:check|look|investigate|review|search)\b/i;

function withoutPossibleEffort(scan: SentenceScan): SentenceScan {
  return (text) => scan(text).filter((span) => !ONLY_POSSIBLE_EFFORT.test(text.slice(span.start, span.end + 12)));
}

/**
 * Strongest first (QA finding 3: "I have done today" was quoted over "delivered on Thursday"):
 * a promise, event or offer with a time, then an action or instruction still to come.
 */
export const findNextStep = firstCleanMatchOf([
  tolerant(timed(PROMISE)),
  tolerant(withoutPossibleEffort(timed(TIMED_OFFER))),
  tolerant(withoutPossibleEffort(scanAll([FUTURE_ACTION, ACTING_NOW, STEP]))),
]);

/**
 * A remedy already done ("I've refunded the charge.") may leave nothing to come, but it is not a
 * next step: the check says it needs none rather than claiming one (walk 2026-12-07, item 1).
 */
export const findDoneAlready = firstCleanMatchOf([tolerant(scanAll([PAST_ACTION]))]);
