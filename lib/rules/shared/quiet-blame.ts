import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * Quiet blame: fault put elsewhere without "you should have" or a party run down, in the shapes
 * the blame misses of every train file by other hands fall into when grouped by the sentence that
 * blames (blame4's count; drafts by other hands since other-hand-16 write blame this way, often in
 * a P.S. or a summary line after the fix). Each shape is a sentence's structure, not a phrase
 * list: the thing that went wrong, then who is cleared of it; a step of theirs left undone as the
 * reason; a colleague singled out; the cause line of a summary; what would have gone right had
 * their part been done.
 */

// What went wrong, as a noun: the subject a cause is pinned on.
const TROUBLE =
  '(?:delay|outage|problem|issue|fault|error|mistake|damage|mix-up|hold-up|holdup|cost|failure|rejection|decline|loss|breakage)s?';

/**
 * Said whatever else the reply offers: a fix beside them does not take the blame back.
 *
 * The trouble, then us cleared of it: "the original delay was down to the courier, not us", "the
 * outage was caused by our payment processor, not us", "an issue with Apple rather than with us",
 * "down to our supplier letting us down, not anything we did". In train by other hands: 6 missed
 * blame drafts, 1 good reply. A thing that is simply someone else's ("the station is run by Network
 * Rail, not us, but I've reported it") names no trouble and stays clean.
 */
export const TROUBLE_DISCLAIMED_SHAPES = anchoredShapes([
  [
    'not than',
    // The trouble's own words come with it ("the original delay", "Monday's outage").
    `\\b(?:(?:the|this|that|these|those|any|our|your) )?(?:[\\w'’-]{1,30} )?${TROUBLE}\\b[^.!?\\n]{0,80}?(?:,? not (?:with |from |by )?(?:us|ours|me|our [\\w-]{1,30}|anything (?:we|I) did)|,? rather than (?:with |from |by )?(?:us|ours|our [\\w-]{1,30}))\\b`,
  ],
  // Our part denied after the cause is named: "…because the lab is slow at the moment, not because of us",
  // "The lens manufacturer has delays, it's not on our end",
  // "It's not a problem with our API", "the delay was due to weather, which isn't our fault" (other-hand-17,
  // -19: 4 missed, no good reply). "It's not our fault, and I'm sorry" owns the apology and is left alone.
  [
    "not isn't wasn't",
    "\\bnot because of (?:us|anything (?:we|I) did)\\b|\\b(?:it's|it is|that's|that is) not on our (?:end|side)\\b|\\bnot (?:a|an) (?:problem|issue|error|fault|mistake) (?:with|on|at|from|by) (?:our|us)\\b|\\bwhich (?:isn't|is not|wasn't|was not) (?:our|my) (?:fault|error|mistake)\\b",
  ],
]);

/**
 * Someone at our end singled out, in words that keep them at arm's length: "the other department
 * really should have told you", "the colleague you spoke to before didn't log your call". Our
 * own people named plainly and owned ("our rep should have acted, and I'm sorry they didn't") are
 * not these words; blame-implied also lets a cause owned in the sentence or the next one go.
 */
const COLLEAGUE =
  '(?:other (?:department|team|office|branch)|(?:colleague|agent|adviser|advisor|person|staff member|team member|rep|representative) (?:you (?:spoke|talked) (?:to|with)|who (?:took|handled) your (?:call|booking|order|request))(?: (?:before|earlier|previously|last time|at the time|on the phone))?|previous (?:agent|adviser|advisor|team)|night shift|weekend team)';
export const COLLEAGUE_SHAPES = anchoredShapes([
  ["should should've", `\\bthe ${COLLEAGUE} (?:really |clearly |obviously |definitely )?should(?: have|'ve)\\b`],
  [
    "didn't not forgot failed never wrong",
    `\\bthe ${COLLEAGUE} (?:(?:didn't|did not|never) [a-z]{2,20}|forgot|failed to|(?:gave|told) you (?:the )?wrong|got (?:it|this|that) wrong)\\b`,
  ],
]);

/**
 * Said only where the reply offers nothing (the lessons of blame-implied): a step of theirs left
 * undone, told as the reason: "we sent you a review form in March, which wasn't returned", "a
 * closing reading, which, according to our records, wasn't provided", "annual reviews, which
 * weren't acted on". Train by other hands: 5 missed, no good reply (every one offered nothing).
 * Only "which": "interest that hasn't been paid into your account yet" is ours to do.
 */
export const STEP_LEFT_UNDONE_SHAPES = anchoredShapes([
  [
    "wasn't weren't not never hadn't",
    "\\bwhich,? (?:[^.!?\\n,]{1,40}, )?(?:wasn't|weren't|was not|were not|was never|were never|hadn't been|had not been) (?:ever )?(?:returned|provided|acted on|submitted|sent back|completed|signed|filled in|filled out|followed|read|uploaded|reported|on file|included|attached|renewed|confirmed)\\b",
  ],
]);

/**
 * Said whatever else the reply offers (other-hand-22 writes these after a full fix):
 *
 * The cause line of a summary, landing on what they gave us: "- Cause: incorrect information
 * provided at booking", "Why it happened: the details on the original request were incomplete".
 * Not one naming us ("Cause: an error in our billing run").
 *
 * The trouble traced to what they filled in: "the original mix-up came from the details entered on
 * your form", "the date of birth came from the form you filled in".
 *
 * Hindsight without "you": "If the right documents had come in the first time, this would have been
 * done weeks ago", "If a reading had been submitted each month, the estimates would have stayed
 * accurate". Only their steps count ("if the parcel had been delivered…" informs), and only a
 * consequence for the thing ("we would have called" says what we do).
 */
export const CAUSE_TOLD_BACK_SHAPES = anchoredShapes([
  [
    'cause reason happened wrong',
    '(?<=^(?:[-•*]\\s*)?)(?:cause|reason|root cause|why it happened|what went wrong)\\s*:\\s*(?![^\\n]{0,60}\\b(?:our|we|us|my|I)\\b)[^.!?\\n]{0,60}?\\b(?:incorrect|incomplete|wrong|missing|late|not (?:provided|supplied|sent|completed|given|returned))\\b',
  ],
  [
    'came comes stemmed arose',
    '\\b(?:came|comes|stemmed|arose) from the (?:details|information|address|data|answers?|form)(?: (?:you|that you) (?:entered|provided|gave|submitted|supplied|filled in)| (?:entered|provided|given|submitted|supplied) (?:on|in|at) your [\\w-]{1,30}| on your [\\w-]{1,30})\\b',
  ],
  [
    'if',
    "\\bif (?:the|a|an|your|all|those|these) (?:[\\w-]{1,30} ){0,3}?had (?:been (?:submitted|sent|returned|provided|read|completed|filled in|signed|reported|uploaded|entered|booked|ordered|paid|made|checked|given)|come in|arrived|reached us)\\b[^.!?\\n]{0,40}?,? (?:this|it|that|the [a-z]{2,20}|everything) would(?:n't| not)? have\\b",
  ],
]);

/**
 * Polite blame on the customer: their step, in the passive, given as the reason ("…because the
 * application was not renewed by the deadline", "as the requested evidence was not received within
 * one month", "since the card on file had expired"), or what they gave us found wanting ("the photo
 * you sent was blurry", "the PAC code you gave us was wrong"). Blame5's count over train by other
 * hands: 13 drafts labelled blame, 8 not (4 of those fix it for the customer: "…failed because the
 * card had expired, so I've re-sent it to your new card"). Said only where nothing is done for the
 * customer (staff-at-fault.ts doneForThem), so a judgement of the whole reply.
 */
// A step that is the customer's to take: what they submit, book, pay, renew, return or press.
const THEIR_STEP =
  '(?:submitted|made|received|reported|filled in|filled out|entered|written|purchased|bought|booked|placed|paid|ordered|registered|uploaded|completed|set up|attached|sent in|requested|handed in|parked|renewed|returned|signed|confirmed|cancell?ed|given|provided|supplied|activated|updated|notified|selected|chosen|ticked|left|pressed|clicked|skipped|missed|overlooked|collected|picked up|topped up|plugged in|installed|closed|locked|packed|wrapped|labell?ed)';
// How it went wrong: late, twice, to the wrong place, without what was needed.
const HOW_WRONG =
  '(?:after|late|too late|incorrectly|wrongly|by mistake|without|with (?:the |a |an )?wrong|for (?:the |a )?wrong|(?:in|on|to|at|through|under) the wrong|twice|again|idle|outside)';
export const THEIR_STEP_AS_CAUSE_SHAPES = anchoredShapes([
  [
    'because as since',
    `\\b(?:because|as|since) (?:the|your|this|that|these|those|it|they)\\b(?: [\\w'-]{1,30}){0,4}? (?:was|were|had been|has been|have been)(?: (?:only|already))? (?:(?:not|never) ${THEIR_STEP}|${THEIR_STEP}(?: [\\w-]{1,30}){0,3}? ${HOW_WRONG})\\b|\\b(?:because|as|since) (?:the|your)(?: [\\w'-]{1,30}){0,4}? (?:had|has) (?:expired|lapsed|run out)\\b`,
  ],
  [
    'sent provided gave uploaded supplied entered chose selected booked attached submitted used typed',
    '\\b(?:the|your) (?:[\\w-]{1,30} ){0,2}?(?:you|that you) (?:sent|provided|gave|uploaded|supplied|entered|chose|selected|booked|attached|submitted|used|typed)(?: us)? (?:was|were|is|are) (?:too|not|in the wrong|missing|incomplete|unclear|blurry|incorrect|invalid|expired|wrong|out of date|unreadable|illegible|for the wrong)\\b',
  ],
]);
