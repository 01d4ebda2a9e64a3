import { defineCue } from '@/lib/classify/cues/cue';
import { CLOCK, DAY, EVENT, NEAR, NOT_PAST, NOT_REPORTED, SOON, WITHIN } from '@/lib/classify/near-time';

// The words between an event and its time stay in one clause and say nothing happened already.
const SAME_CLAUSE = (max: number) => String.raw`(?:(?!\b(?:was|were|had|did|last|ago)\b)[^.!?\n;]){0,${max}}?`;
// Asked for or needed by the customer, not wondered about ("can I collect today?" is a plan).
const ASK = String.raw`(?:need|needs|needed|have to|has to|must|please|pls|plz|(?:can|could|will) (?:you|someone|somebody|anyone|an? \w+|the \w+|they|it|this|that)|(?:is|would) (?:it|that|there) (?:possible|any way|anything|another|an?)|any way|asap)`;
const NEED = String.raw`(?:need|needs|needed|must|have to|has to|required|please|pls|plz)`;
// Things that happen at a time without anyone needing them then: opening hours, offers, holds.
const NOT_SCHEDULE = String.raw`(?<!\b(?:open|opens|valid|available|closed|away|off|hold|holding|keep|store|wait|book|booking|booked|schedule|arrange|reserve|plan|planning|try again|call back) (?:(?:an?|the|my|our|it|this) )?(?:\w+ )?)`;
// The customer going away, moving or starting something on a near day: "I leave on Saturday", "we
// fly this Friday", "a job starting on Monday", "the kitchen is being fitted on Monday". Not after a
// modal or "to": "could the calendar start on Monday" is a wish, "I want to fly on the 3rd" a plan.
// Moving house and deliveries arriving on a day are mostly calm planning in the support corpus.
const AWAY = String.raw`(?:leave|leaving|travel|travelling|traveling|fly|flying|depart|departing|starting|completes|(?:being )?fitted|goes on|picking up|off to)`;
// A near day or date for that: "on Monday", "Saturday 7am", "on the 14th", "in the morning".
const ON_DAY = String.raw`(?:(?:on|this|next) )?${DAY}\b|on the \d{1,2}(?:st|nd|rd|th)\b(?! of (?:each|every))|in the morning\b|${WITHIN}|at ${CLOCK}`;
// A verb that starts the event itself: "we open in 20 mins", "boards in 40 min".
const STARTS = String.raw`(?:open|opens|start|starts|leave|leaves|board|boards|close|closes|depart|departs|ends|begins|kicks off|goes out|comes out|expires?|travel|travels|are released|is released)`;

/**
 * Urgency: a near-future time bound to the customer's need. Each shape is still ahead: a time
 * said, promised or told as past in the same sentence does not count (near-time.ts), because
 * a deadline already broken ("you said within 24 hours; that was Tuesday") is a broken
 * promise, not a new hurry.
 * - an event at a near time: "the wedding is saturday", "flight leaves in 2 hrs", "we open in 20 mins",
 *   "I leave on Saturday";
 * - tonight, tomorrow, "40 mins to go": close whatever the sentence says;
 * - today or now, asked for or needed: "I need to send a contract today", "can an engineer come today?";
 * - a need or a request with its deadline: "needed by Monday", "for the board at 10am", "could they be
 *   emailed by Wednesday?", "we need it before bedtime", "before my flight", "due tomorrow".
 * One is a hint.
 */
// Each shape opens with a lookahead for its first word, so the sentence lookbehinds run only
// where a shape can start: run at every position they cost 100 ms on a 4,000-character message.
export default defineCue({
  id: 'urgency-deadline',
  pattern: new RegExp(
    [
      String.raw`\b(?=${EVENT}\b)${NOT_REPORTED}${NOT_PAST}${NOT_SCHEDULE}${EVENT}\b${SAME_CLAUSE(30)}\b(?:${NEAR}|at \d{1,2}\b(?![:.]?\d))`,
      String.raw`\b(?=${STARTS}\b)${NOT_REPORTED}${NOT_PAST}${STARTS}\b(?: [\w']+){0,4}? (?:${WITHIN}|at ${CLOCK}|at \d{1,2}\b(?![:.]?\d))`,
      String.raw`\b(?=${AWAY}\b)${NOT_REPORTED}${NOT_PAST}(?<!\b(?:could|would|should|might|to|want|wants|like) )${AWAY}\b(?: [\w']+){0,3}? (?:${ON_DAY})`,
      String.raw`\b(?=${SOON}\b)${NOT_REPORTED}${NOT_PAST}${NOT_SCHEDULE}${SOON}\b`,
      String.raw`\b(?=${ASK}\b)${NOT_REPORTED}${ASK}\b${SAME_CLAUSE(50)}\b(?:${WITHIN}|now)\b`,
      String.raw`\b(?=${NEED}\b|${ASK}\b)${NOT_REPORTED}(?:${NEED}|${ASK})\b${SAME_CLAUSE(50)}\b(?:(?:by|before|no later than|at|within|in) (?:the )?(?:${NEAR}|${CLOCK}|end of (?:the )?(?:day|week|today))|(?:by|before|no later than) (?:the )?\d{1,2}(?:st|nd|rd|th)?\b|before (?:then|bedtime|christmas|the weekend))\b`,
      String.raw`\b(?=before )${NOT_REPORTED}before (?:my|the|our|his|her) (?:\w+ )?${EVENT}\b`,
      String.raw`\b(?=deadline|last day|due )${NOT_REPORTED}(?:deadline|last day|due (?:today|tomorrow|tonight|in \d+ (?:days?|hours?)))\b`,
    ].join('|'),
    'gi',
  ),
  effects: { urgency: 3 },
});
