import { defineCue } from '@/lib/classify/cues/cue';

// The people a customer serves or looks after, who feel a stoppage at once.
const PEOPLE = String.raw`(?:customers|clients|patients|users|guests|visitors|staff|employees|team|students|callers|buyers|diners|people|members|agents|attendees|drivers|workers)`;
// What a business or household cannot do without for an hour.
const SERVICE = String.raw`(?:production|site|store|shop|website|server|system|checkout|app|pos|terminals?|tills?|card (?:reader|machine)|payment gateway|gateway|api|portal|phone (?:line|system)|phones|landline|line|network|internet|wifi|broadband|power|electricity|heating|boiler|water|gas|lift)`;
// What they cannot do, quoted with the stoppage: "none of our customers can check out".
const WHAT = String.raw`(?: (?!(?:and|but|or|so|the|a|an|to|from|we|i|it|with|without|for|on|in|at|because)\b)[a-z']+){0,2}\b`;
const STOPPED = String.raw`(?:down|offline|dead|off|out|not working|stopped|broken|failing|frozen|suspended|locked)`;
// A stoppage that started today: a fault for a week or "again" is a complaint, not a hurry.
const TODAY_CLOCK = String.raw`(?:since (?:about |around )?(?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?\b|this morning|last night|lunch(?:time)?|the update)|for (?:about |over |nearly |almost )?(?:\d+|an?|a few|two|three|four|five|six) ?(?:hours?|hrs?|mins?|minutes)\b|all (?:morning|day|afternoon)|an hour ago|right now)`;

/**
 * Urgency: something is blocked right now and people are affected: "none of our customers can
 * check out", "card payments aren't going through", "our phone system has been down since 9am",
 * "we're losing orders every minute", "I can't log in". A stoppage counts with its reach (who
 * cannot do what) or a clock that started today (since 9am, for 3 hours); "no signal for a
 * month" or "servers down AGAIN" is a complaint the agent reads as frustration, not a hurry
 * (tests/fixtures/support-corpus labels them so). Cut off from their own money is the same stoppage
 * for a household: "I have no access to my money", "no way to pay the hotel" ("I have no cash on me,
 * can I pay by card?" is a question about paying, not a stoppage).
 * One is a hint.
 */
export default defineCue({
  id: 'urgency-blocked',
  pattern: new RegExp(
    [
      String.raw`\b(?<!\b(?:will|would|could|can|do|does|did|might) (?:i|we|you|it) )(?:losing|lose|lost) (?:money|customers|sales|business|revenue|clients|orders|jobs|bookings|work)\b`,
      String.raw`\bnone of (?:our|my|the) ${PEOPLE} (?:can|could|are able to)${WHAT}`,
      String.raw`\b(?:all|all of|every one of) (?:our|my|the) ${PEOPLE}\b[^.!?\n;]{0,25}?\b(?:can'?t|cannot|can not|are unable|aren'?t able|are getting|are calling|are turning up|are waiting|get|see)\b`,
      String.raw`\b${PEOPLE} (?:(?:can'?t|cannot|are unable to)${WHAT}|are (?:turning up|calling|queuing|waiting|chasing|stuck|locked out)|will be chasing|keep calling)\b`,
      String.raw`\b(?:payments?|cards?|orders?|calls|emails?|bookings|deliveries|invoices|sync|transfers?) (?:aren'?t|are not|isn'?t|is not|won'?t|not|keep) (?:going through|working|sending|connecting|coming through|failing|bouncing)\b`,
      String.raw`\b${SERVICE}s? (?:is |are |has been |have been |'s been |been |went |has gone )?${STOPPED}\b(?=[^.!?\n;]{0,30}\b${TODAY_CLOCK})`,
      String.raw`\b(?:production|checkout|pos|payment gateway|tills?|card (?:reader|machine))(?: \w+)?s? (?:is |are |has been |have been |'s been )?(?:down|offline|not working)\b(?! the (?:road|street|hall|corridor|block|way)\b)`,
      String.raw`\bno (?:power|water|heating|hot water|electricity|internet|signal|mobile data|dial tone|phone line)\b(?=[^.!?\n;]{0,30}\b${TODAY_CLOCK})`,
      String.raw`\bcan'?t (?:access|log ?in|sign ?in|pay for|work(?! out)|get in|take (?:card )?(?:payments|orders|cards|bookings)|check out|leave|get home|get to work|trade)\b`,
      String.raw`\b(?:locked|shut) out of\b`,
      // Cut off from their own money now: no access to it, no way to pay, nothing to buy food with.
      String.raw`\b(?:i|we)(?:'ve| have)? (?:got |have )?(?:no (?:access to (?:my|our) (?:money|funds|wages|salary|account)|way to pay|money (?:left|for \w+))|nothing to (?:buy|eat|pay)\b)|\brunning out of (?:money|cash|fuel|food|formula|medication|meds)\b`,
    ].join('|'),
    'gi',
  ),
  effects: { urgency: 2.2 },
});
