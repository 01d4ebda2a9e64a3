import { perAnalysis, type RuleContext } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceMemo, sentencePairMemo, sentenceTest } from '@/lib/engine/sentence-facts';
import type { Span } from '@/lib/engine/types';

/**
 * Cue phrases shared by rules and the pre-send checklist. Source: the coaching seeds
 * ("saying no is fine when you name who else can help, or when you can") and
 * "find solutions instead of excuses: what you can do, not what you can't".
 */

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

/** A concrete time: "by Friday", "within 24 hours", "tomorrow", "on the 18th", "at 4 pm". */
export const TIME_CUE = phrasesAtWordStart(
  [
    `(?:by|on|until|before|from|this|next|coming) ${WEEKDAY}\\b`,
    `${WEEKDAY}(?:'s)? (?:morning|afternoon|evening|release|update)\\b`,
    `(?:by|on|until|before|from|after|in|early|late|mid)[ -]${MONTH}\\b`,
    `${MONTH} \\d{1,2}\\b`,
    `\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\b`,
    '(?:on|by|from|until) the \\d{1,2}(?:st|nd|rd|th)\\b',
    'within (?:the next )?(?:\\d+|an?|one|two|three|a few|24|48)(?:(?: to |-| or )\\d{1,3})? ?(?:-| )?(?:minutes?|hours?|days?|working days?|business days?|weeks?)\\b',
    // A range counts as a time: "in 3 to 5 days", "within 2-3 working days".
    'in (?:about |around )?(?:\\d+|an?|one|two|three|a few)(?:(?: to |-| or )\\d{1,3})? (?:minutes?|hours?|days?|working days?|business days?|weeks?)\\b',
    '(?:today|tomorrow|tonight|this (?:morning|afternoon|evening|week)|next week|end of (?:the )?(?:day|week))\\b',
    'at \\d{1,2}(?::\\d{2})? ?(?:am|pm)?\\b',
    // "We expect trams back by 3pm": a clock time after by or before is as concrete as "at 3pm".
    '(?:by|before) \\d{1,2}(?::\\d{2})? ?(?:am|pm)\\b',
    '(?:by|before) (?:noon|midday|end of day|the end of)\\b',
    '(?:as soon as|the moment) (?:it|they|the|your|we|I)\\b',
    '(?:later this|early next) (?:week|month|year)\\b',
    '(?:straight away|right away|right now|just now|same day|the same day)\\b',
  ],
  'i',
);

/**
 * How long something takes, with a number: "Delivery usually takes 10 business days", "it takes
 * 3-5 working days", "normally about two weeks". After a "no" it tells the customer when, which
 * is a way forward (a walk in a real browser: "We can't expedite it. Delivery usually takes 10
 * business days." was flagged as a bare no). Not "it takes as long as it takes" (no amount), nor a
 * limit ("orders older than 30 days"): the amount must follow a word of taking or of roughly.
 */
const AMOUNT = '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of)';
const UNIT = '(?:business |working |calendar )?(?:minutes?|hours?|days?|weeks?|months?)\\b';
export const DURATION_CUE = phrasesAtWordStart(
  [
    `(?:takes?|taking|took|lasts?|usually|typically|normally|generally) (?:(?:about|around|roughly|approximately|up to|between|at most|no more than|only|just) )?${AMOUNT}(?:(?: to | and |-|–| or )\\d{1,3})? ${UNIT}`,
  ],
  'i',
);

/**
 * "Anything else I can help with?", "if there's anything more we can do": the closing courtesy
 * that follows a "no" in drafts by other hands (issue 15), labelled a bare no. Put in front of an
 * "I can" / "we will" cue, after the subject it repeats (so it runs only where the subject
 * matched), so the courtesy is not read as an offer.
 */
export const notACourtesy = (subject: string) =>
  `(?<!\\banything (?:else |more |further )?(?:that )?${subject})`;

/**
 * The same courtesy as a sentence of its own ("Anything else I can help with today?", "If you have
 * any other questions, just reply."): its "today" is no time and its "we can help" no offer, so
 * after a "no" it is read as nothing said.
 */
const CLOSING_COURTESY =
  /^(?:(?:please )?(?:do )?(?:let (?:me|us) know|feel free to [a-z ]{1,30}?|(?:just )?(?:reply|shout|get in touch|reach out|contact us)),? )?(?:if|whether) (?:there(?:'s| is) |you (?:have|need|think of) )(?:anything|any(?: other| more| further)? (?:questions?|queries|help))\b|^(?:is there )?anything (?:else|more|further) (?:(?:that )?(?:I|we) can (?:do|help)|to help)\b/i;
export const closingCourtesy = (text: string) => CLOSING_COURTESY.test(text);

/** "Feel free to reach out if you have other questions" closes the reply; it offers nothing new. */
const COURTESY_AFTER_FREE =
  '(?! to (?:reach out|get in touch|contact us|drop us a line|let us know|ask|get back to us|come back to us)\\b)';
/** "Let me know if that helps" closes; "let me know if you'd like a seat reserved" still offers. */
const COURTESY_AFTER_LET_ME = "(?! know\\b(?! if you(?:'d| would) like| if you want| and (?:I|we)\\b))";

/**
 * "but", "instead": they announce an alternative only when they come after the "no" ("Sorry, but we
 * can't" does not). "In the meantime", "for now" closing the "no" itself announce nothing: "There
 * isn't anything we can do in the meantime." (issue 15, drafts by other hands).
 */
export const CONTRAST_CUE =
  /\b(?:but|however|instead|alternatively|the good news|that said|(?:meanwhile|in the meantime|until then|for now)(?!\s*[.!?]))\b/i;
/** Someone acts or the customer has a way forward, wherever it sits in the sentence (test() only). */
export const CAN_DO_CUE = phrasesAtWordStart(
  [
    // Anyone who can: "I can", "we could", "the billing team can". Any word before "can"
    // covers them all, and these cues are only ever test()ed, so listing them would only
    // make V8 try each one at every word.
    // "It can take some time" and "delays can happen" offer nothing.
    // A named line or desk with its hours in brackets counts too: "Our Travel Assistance line (0344 822 4444) can book one".
    // "Let me know if there's anything else I can help with" closes the reply: it offers nothing (issue 15).
    `\\w+\\)? (?=can|could)${notACourtesy("[\\w)]+ ")}(?:can|could)(?!'t|not|n't| not| never)\\b(?! (?:take|vary|happen|sometimes|occur|differ|change|be (?:delayed|damaged|lost|late|slow|affected|missed|misplaced|mislaid|held up|down|busy|tricky|difficult|hard|confusing|frustrating|a bit|quite|very))\\b)`,
    // The emphatic yes next to a no: "we do have gluten-free options", "our EU store does ship to Dublin".
    '\\w+ (?:do|does) (?:ship|deliver|offer|have|sell|accept|stock|carry|cover|work|take|run)\\b',
    // "We will not proceed without it" refuses: an excuse or a threat is never a can-do (issue 15).
    "(?:I|we)(?:'ll| will| would be happy|'d be happy|'m happy| am happy|'d love|'ve| have (?:already )?\\w+ed)\\b(?! not\\b| never\\b| be unable\\b)",
    // A closing courtesy is not a way forward: "We can't refund it. Let me know if that helps." showed no
    // refusal card at all, since "let me" read as an offer (issue 15). "Let me check" still offers.
    `(?:would you like|shall I|do you want me|want me to|happy to|feel free${COURTESY_AFTER_FREE}|you're welcome to|you are welcome to|let me${COURTESY_AFTER_LET_ME})\\b`,
    '(?:is|are) (?:available|open|possible)\\b',
    '(?:what I can do|what we can do|another way|other option|option is)\\b',
    // Naming who else can help is an alternative (coaching seed 000).
    '(?:call|contact|ask|speak to|talk to|visit|email|write to|reach out to|get in touch with) (?:the|your|our|a) (?:\\w+ )?(?:team|desk|clinic|store|shop|venue|bank|agent|airline|hotel|office|department|manager|support|courier|counter|airport|organi[sz]er|seller|school|provider)\\b',
  ],
  'i',
);
export const ALTERNATIVE_CUE = new RegExp(`${CONTRAST_CUE.source}|${CAN_DO_CUE.source}`, 'i');

/** A promise of follow-up by the agent or team: "I'll check", "I've asked", "we'll email you". */
export const FOLLOW_UP_CUE = phrasesAtWordStart(
  [
    "(?:I|we)(?:'ll| will|'m going to| am going to| are going to)(?: \\w+)? (?:check|find out|ask|look|get back|confirm|update|email|call|ring|phone|text|message|follow up|chase|let you know|reply|write|come back|dig|investigate|contact|find|send|keep you posted|compare|test|review|sort|arrange|try)\\b",
    // Already under way: "I'm checking with the payments team now".
    "(?:I|we)(?:'m| am|'re| are) (?:now |already )?(?:checking|looking into|asking|chasing|finding out|investigating|contacting|following up|testing|trying|reproducing|raising|arranging|booking|sending)\\b",
    // The subject said once for two verbs: "I'm testing it now and will reply by noon".
    '(?:and|then) will (?:\\w+ )?(?:check|reply|get back|let you know|update|email|call|write|confirm)\\b',
    "(?:I|we)(?:'ve| have)(?: \\w+)? (?:asked|contacted|emailed|raised|escalated|messaged|forwarded|passed|checked with|spoken to|spoken with|talked to)\\b",
    'let me (?:check|find out|ask|look|confirm|dig)\\b',
  ],
  'i',
);

/**
 * Something we do or will do: "I've sent a new one", "we'll refund", "I can rebook you", "let me
 * check". Only ours: "you can", "contact your bank" and "we've been" are not acts of ours.
 */
export const WE_ACT_CUE =
  /\b(?:I|we)(?:'ve| have)(?: (?:now|already|just|also|since|gone ahead and))? (?!(?:not|never|been|had|no|limited|based|required|needed|expected|used|supposed)\b)(?:[a-z]+ed|sent|put|set|made|got|given|taken|written|done|spoken|left|kept|paid|told|found|held|rung|brought|shown)\b|\b(?:I|we)(?<!\banything (?:else |more |further )?(?:that )?(?:I|we))(?:'ll| will| can| could|'m going to| am going to|'re going to| are going to|'m happy to| am happy to|'d be happy to)(?!'t|n't| not\b| never\b| be unable\b| need you\b)\b|\blet me\b(?! know\b)/i;

/**
 * Does the "no" at `refusal` come with an alternative, a helper or a time? `timeCounts: false`
 * leaves times out: "we're very busy this week" names a time but offers nothing. Looks at the rest
 * of its sentence and the next sentence; the words before the "no" count only for can-do
 * cues, and the refusal itself is left out ("nothing more I can do" contains "I can").
 */
export function alternativeNear(
  context: RuleContext,
  sentenceIndex: number,
  refusal?: Span,
  { timeCounts = true }: { timeCounts?: boolean } = {},
): boolean {
  const sentence = context.sentences[sentenceIndex];
  if (!sentence) return false;
  const inside = refusal && refusal.start >= sentence.start && refusal.end <= sentence.end;
  // Offsets inside the sentence: the answer depends on them and the two texts only.
  const from = inside ? refusal.start - sentence.start : -1;
  const to = inside ? refusal.end - sentence.start : -1;
  return alternativeMemo(context, sentenceIndex, `${from}:${to}:${timeCounts}`, (text, next) => {
    const before = from === -1 ? '' : text.slice(0, from);
    const after = `${from === -1 ? text : text.slice(to)} ${closingCourtesy(next) ? '' : next}`;
    if (ALTERNATIVE_CUE.test(after) || CAN_DO_CUE.test(before)) return true;
    return timeCounts && (TIME_CUE.test(after) || TIME_CUE.test(before) || DURATION_CUE.test(after));
  });
}
const alternativeMemo = sentencePairMemo<boolean>();

/** Does the sentence, or the one after it, promise to find out? */
export function followUpNear(context: RuleContext, sentenceIndex: number): boolean {
  const test = (text: string, next: string) => FOLLOW_UP_CUE.test(`${text} ${next}`);
  if (!context.sentences[sentenceIndex]) return test('', context.sentences[sentenceIndex + 1]?.text ?? '');
  return followUpMemo(context, sentenceIndex, '', test);
}
const followUpMemo = sentencePairMemo<boolean>();

// "Yes", "of course", a thank-you, an apology, "that's on us" or "anything else I can help with?": a
// reply with these is helping, not ordering (the courtesy is no way past a "no", but it is kind).
const WELCOMING =
  /^(?:yes|yep|sure|of course|absolutely|certainly|good news|good question|great question|there is|there are|we do|happy to|no problem)\b|\b(?:thank you|thanks|sorry|apologi[sz]e|(?:that's|that is|it's|it is|this is) on (?:us|me)|(?:our|my) (?:mistake|fault|error)|anything (?:else|more|further) (?:that )?(?:I|we) can)\b/i;

/**
 * A warm closing line said for its own sake: "See you on Tuesday!", "Speak soon!", "Have a lovely
 * weekend!", "Happy to help!". Its day is no time the customer waits for, its "speak" no step and
 * its "happy to" no offer: after a general rule ("Deliveries run Monday to Friday.") it leaves the
 * "no" as bare as it was (walk 2026-12-07). The whole sentence must be the pleasantry, and short:
 * "Happy to help with the return: I'll email the label by Friday" still offers.
 */
const CLOSING_PLEASANTRY = new RegExp(
  [
    // A see-you or a wish, with a few words of its own: "See you on Tuesday!", "Have a lovely weekend, Sam!".
    "^(?:(?:see|catch) you|(?:speak|talk|chat) (?:to you |with you )?(?:soon|later|then|tomorrow|on|next|again)|have a (?:good|great|nice|lovely|wonderful|fantastic|brilliant|restful|relaxing|safe) |enjoy (?:the|your) |looking forward to (?:seeing|hearing from|speaking|meeting|welcoming) you)\\b[^.!?]{0,30}[.!]?$",
    // Whole on its own, or with a name: "Happy to help!" ("Happy to help you pick!" still offers).
    "^(?:take care|all the best|stay safe|(?:I |we )?hope (?:this|that) helps|(?:I'm |we're |I am |we are |always )?(?:happy|glad) to help|any ?time|no problem|my pleasure|you're (?:very )?welcome)(?:,? [A-Z]\\w*)?[.!]?$",
  ].join('|'),
  'i',
);
const pleasantryIn = sentenceMemo<boolean>();
const isPleasantry = (text: string) => CLOSING_PLEASANTRY.test(text.trim());
/** Is the draft's sentence at `index` only a warm closing line ("See you on Tuesday!")? */
export const closingPleasantryAt = (context: RuleContext, index: number) => pleasantryIn(context, index, isPleasantry);

/**
 * Does any sentence of the draft offer something: an alternative, a follow-up, a yes, thanks
 * or an apology? A reply that offers nothing at all reads as a brush-off, and an order in it
 * as bossy (commanding.ts); in the labelled drafts 93% of such replies had a problem. A warm
 * closing line ("See you on Tuesday!", "Happy to help!") offers nothing.
 */
// Plain loops: this is asked of every sentence, and closures made per call cost more than the tests.
export const draftOffersSomething = perAnalysis((context) => {
  for (let index = 0; index < context.sentences.length; index++) {
    if (closingPleasantryAt(context, index)) continue;
    if (
      sentenceTest(context, index, ALTERNATIVE_CUE) ||
      sentenceTest(context, index, FOLLOW_UP_CUE) ||
      sentenceTest(context, index, WELCOMING)
    )
      return true;
  }
  return false;
});

// A yes, or a mistake owned: "that's on us", "our error". An apology or a thank-you alone is not here.
const YES_OR_OWNED =
  /^(?:yes|yep|sure|of course|absolutely|certainly|good news|there is|there are|we do|happy to|no problem)\b|\b(?:(?:that's|that is|it's|it is|this is) on (?:us|me)|(?:our|my) (?:mistake|fault|error))\b/i;

/**
 * Stricter than draftOffersSomething: sympathy and thanks do not count. "I'm so sorry, I know how
 * frustrating this is. The renewal is valid." offers nothing: drafts by other hands label the warm
 * apology around a closed door a bare no (issue 15). Something we do, a way forward, a yes or a
 * mistake owned does count.
 */
export const draftActsOrOffers = perAnalysis((context) => {
  for (let index = 0; index < context.sentences.length; index++) {
    if (
      sentenceTest(context, index, ALTERNATIVE_CUE) ||
      sentenceTest(context, index, FOLLOW_UP_CUE) ||
      sentenceTest(context, index, WE_ACT_CUE) ||
      sentenceTest(context, index, YES_OR_OWNED)
    )
      return true;
  }
  return false;
});
