import { defineRule, report, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import type { Span } from '@/lib/engine/types';
import { draftOffersSomething } from '@/lib/rules/shared/cues';
import { anchoredShapes, anchorWords, matchAnchoredGroups, sentencesWith } from '@/lib/rules/shared/match-spans';
import { draftNamesClockTime } from '@/lib/rules/shared/vague-time';

/**
 * A status with no time, in a reply that offers nothing else: "awaiting re-registration",
 * "your application is being considered", "processing times vary", "credits can take some
 * time", "we're waiting on them", "within SLA". People who never saw these rules call such
 * replies vague (issue 15): the customer learns where the case is but not when anything will
 * happen. The same words next to a time ("usually within 3 days"), a follow-up ("I'll chase it
 * on Friday") or any offer are an update, and stay silent.
 */
const SHAPES = anchoredShapes([
  ['awaiting pending', '(?:awaiting|pending)\\b(?! (?:transactions?|payments?|charges?|authori[sz]ations?)\\b)'],
  [
    'vary varies differ depend depends',
    '(?:processing|waiting|wait|delivery|lead|response|turnaround|recovery|handling|review|refund|transfer|repair) times? (?:can |may |will )?(?:vary|varies|differ|depends?)\\b',
  ],
  [
    'time while',
    '(?:can|may|might|could|do|does|will|often|sometimes) take (?:some |a little |a bit of )?(?:time|a while)\\b',
  ],
  ['time', '(?:takes?|taking) (?:some )?time to\\b'],
  ['depends depending', '(?<=^|[,;:]\\s)(?:it |that |this )?(?:all |really )?(?:depends|depending) on\\b'],
  // Any subject (issue 15, drafts by other hands): "Speeds depend on line length", "Deposit returns
  // depend on the final inspection", "may vary depending on a number of factors", "It varies."
  [
    'depend depends vary varies',
    '\\b(?:(?:[a-z]+s|life|quality|coverage|priority|timeline|availability|price|it|that|this|still) |(?:can|may|might|will) (?:also )?)(?:depends?|vary|varies)(?: (?:on|upon|depending on)\\b|(?=\\s*[.!]\\s*$))',
  ],
  [
    'waiting',
    "(?:we're|we are|I'm|I am|we're still|we are still) (?:still )?waiting (?:on|for) (?:them|him|her|the|their|a|an|[A-Z]\\w+)\\b",
  ],
  [
    'considered processed reviewed assessed worked handled progressed queue',
    "(?:is|are) (?:currently |still )?being (?:considered|processed|reviewed|assessed|worked through|handled|progressed)\\b|(?:is|are|it's) (?:currently |still )?in (?:the|our) queue\\b",
  ],
  ['transit progress', "(?:is|are|it's) (?:currently |still )?in (?:transit|progress)\\b"],
  [
    'sla tat timeframe timescale timescales',
    '(?:within|inside) (?:the |our )?(?:sla|tat|(?:statutory|agreed|standard|normal|usual) (?:timeframe|timescales?))\\b',
  ],
  // The "when" given only as someone else's step: "It'll drop off once the PMS releases it",
  // "Once we receive the funds it will be applied" (issue 15, drafts by another hand).
  [
    'once',
    '(?<=^|[,;:]\\s|\\b(?:be|it|applied|submitted|sent|paid|released|refunded|credited|available|done|go|goes|drop|off|out)\\s)once (?:the |your |our |it |we |they )?(?:[\\w-]+ ){0,2}?(?:completes?|clears?|releases?|receives?|resets?|confirms?|approves?|processes|(?:is|are|has|have) (?:been )?(?:done|completed?|processed|approved|released|cleared|received|confirmed))\\b',
  ],
  // "It's taking longer than usual for everyone", "response times are longer than we would like".
  [
    'longer',
    "(?:taking|take|takes|are|is) (?:a (?:bit|little) |much |a lot )?longer than (?:usual|normal|expected|we would like|we'd like|it should)\\b",
  ],
  // Told to wait or keep trying, with no when: "Kindly wait.", "Please be patient.", "Keep trying."
  [
    'patient patience trying wait',
    '(?:please |kindly )?(?:be patient|keep trying|wait patiently)\\b|appreciate your patience\\b|^(?:please |kindly )?wait[.!]*\\s*$',
  ],
  // Known about, and nobody says when: "Devs are on it.", "eng is aware", "a future bill".
  [
    'devs developers engineers eng engineering team tech manufacturer future',
    '(?:devs|developers|engineers|eng|engineering|the team|our team|tech|the manufacturer)(?: are| is) (?:already )?(?:on it|aware)\\b|(?:to|on|in) a future (?:bill|statement|invoice|payment)\\b',
  ],
  ['bear wait see monitor', '(?:please )?(?:bear with us|wait and see|continue to monitor)\\b'],
  // Done only once something else happens, with no time for that (issue 15): "Will be rebooked once
  // the wayleave is granted", "you will receive your refund when it has been processed". A
  // message promised for that moment ("you'll get a text when they're next") is an update, left out.
  [
    'once when',
    "(?:will|'ll) (?:be (?:[a-z]+ed|paid|sent|done|made|given|taken|shown|built|set|put)|receive (?:your|the|it|them)|go out|arrive|happen) (?:[\\w-]+ ){0,3}?(?:once|when) (?:the|it|they|we|your|our|it's|its|that|this)\\b",
  ],
  // A vague stretch of time: "It could be a few more weeks", "may take several months".
  [
    'days weeks months hours',
    '(?:could|might|may|can) (?:be|take) (?:a few|several|some|many|a couple of) (?:more )?(?:days|weeks|months|hours)\\b',
  ],
]);

/** "Noted." as the whole sentence: received, and nothing said about what happens next. */
const JUST_NOTED = /^noted[.!]*$/i;
function justNoted(context: RuleContext): Span[] {
  return context.sentences
    .filter((sentence) => JUST_NOTED.test(sentence.text.trim()))
    .map((sentence) => ({ start: sentence.start, end: sentence.end }));
}

/** A time hedged into a hope at the end of its sentence: "should be with you sometime today, hopefully!" */
const TRAILING_HOPE = /, (hopefully)[.!?]*$/i;
const HOPE_WORDS = anchorWords('hopefully');
function trailingHopes(context: RuleContext): Span[] {
  return sentencesWith(context, HOPE_WORDS).flatMap((index) => {
    const sentence = context.sentences[index]!;
    const text = sentence.text.trimEnd();
    const match = TRAILING_HOPE.exec(text);
    if (!match) return [];
    const start = sentence.start + match.index + 2;
    return [{ start, end: start + 'hopefully'.length }];
  });
}

const meta: RuleMeta<'no-eta'> = {
  id: 'uncertainty-no-eta',
  category: 'uncertainty',
  // Only where the reply names no time and offers nothing: the time may be the next sentence typed.
  judges: 'reply',
  description:
    'Notices a status with no time ("awaiting review", "processing times vary") in a reply that offers nothing.',
  messages: {
    en: {
      'no-eta': {
        why: 'The customer learns where things stand but not when anything will happen.',
        alternatives: [
          'Give the usual time, or when you will check on it and write back.',
          'Say what you are doing to move it along, and by when.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) => {
    const spans = [...matchAnchoredGroups(context, SHAPES), ...justNoted(context), ...trailingHopes(context)];
    if (spans.length === 0 || draftNamesClockTime(context) || draftOffersSomething(context)) return [];
    return spans.map((span) => report(meta, context, span.start, span.end, 'no-eta', 'likely'));
  },
});
