import {
  defineRule,
  report,
  type Certainty,
  type RuleContext,
  type RuleFinding,
  type RuleMeta,
} from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import {
  anchoredShapes,
  anchorWords,
  matchAnchored,
  matchAnchoredGroups,
  type AnchoredPatterns,
} from '@/lib/rules/shared/match-spans';
import { citesRulesAfterTheRule } from '@/lib/rules/shared/rules-source-cited';
import { selfExplained } from '@/lib/rules/shared/self-explained';

/**
 * Talking down. Source: coaching seed 001 (patience says "you're worth it"). "As you
 * mentioned" and "Clearly the newest backup is the one that matters" stay silent: only "as I
 * said" repeats at the customer, only "clearly you" judges them.
 *
 * Repetition is found by its shape: a telling verb ("said", "explained", "told you") with a
 * mark that it happened before ("already", "twice", "in my last email", "several times"), as
 * drafts by people who never saw these rules put it (issue 15). Recaps that help ("as
 * discussed", "as promised") are left alone.
 */
const REPEATING = phrasesAtWordStart(
  [
    "(?:as|like) I(?:'ve)? (?:already |previously |just )?(?:said|mentioned|explained|stated|wrote|told you|noted|pointed out)\\b",
    // "As previously advised": the mark of repetition is in the word itself (issue 15, drafts by other hands).
    'as (?:previously|already|was|I) (?:mentioned|stated|explained|said|noted|advised|communicated|outlined|indicated)\\b',
    'as (?:stated|mentioned|explained|noted) (?:before|earlier|previously|above)\\b',
    'as (?:stated|mentioned|explained|said|noted) in my (?:previous|last|earlier) (?:email|message|reply|response)\\b',
    'as (?:stated|mentioned|explained|noted|outlined|described|clearly stated) (?:in|on) (?:the|our) (?:documentation|docs|faq|website|guide|manual|help cent(?:er|re)|terms|previous (?:email|message|reply)|last (?:email|message|reply))\\b',
  ],
  'gi',
);
const SCOLDING = phrasesAtWordStart(
  [
    'calm down\\b',
    "(?:there's |there is )?no need to (?:be rude|be so rude|shout|yell|get (?:so )?(?:upset|angry|worked up)|raise your voice|be aggressive|use (?:that|such) language|swear)\\b",
    "(?:shouting|yelling|swearing|getting (?:angry|upset|worked up)|being (?:rude|aggressive))(?: in capitals| at (?:me|us))? (?:won't|will not|doesn't|does not) (?:help|get|solve|change|make)\\b",
    '(?:watch|mind) your (?:tone|language)\\b',
  ],
  'gi',
);
const BELITTLING = phrasesAtWordStart(
  [
    '(?<!\\byou )obviously\\b',
    'clearly,? you\\b(?! (?:care|cared|love|loved|value|valued|enjoy|enjoyed|put|spent|worked|went through|have been through))',
    'as you (?:should|must|ought to) know\\b',
    "I'm sure even you\\b",
    // Not "it's all in one piece" (issue 15).
    "(?:it's|it is) all (?:explained |written |stated |set out )?(?:in|there)\\b(?! (?:one piece|order|hand|working order)\\b)",
    'as (?:our|the) (?:\\w+ )?(?:guide|faq|manual|instructions|terms|documentation|help page) (?:clearly |plainly )?(?:explains?|says?|states?)\\b',
    'any (?:bank|child|kid|one|body)(?: \\w+)? (?:can|could|would) tell you\\b',
    // Not "Please understand we are doing our best": it asks for patience, an excuse (0 of 5 talking down).
    'you (?:need|have) to understand\\b',
    '(?:like|as) it says (?:in|on) (?:the|our)\\b',
    'please (?:re-?)?read (?:them|it|this|the \\w+) (?:carefully|again|properly)\\b',
    '(?:re-?)?read (?:the|our|your) (?:\\w+ ){0,2}(?:manual|instructions|faq|terms|information|email|guide|documentation|policy|description) (?:before|first|carefully|again)\\b',
    'please (?:re-?)?read (?:the|our) (?:\\w+ ){0,2}(?:manual|instructions|faq|terms|information|guide|documentation|policy)\\b(?= before| first| carefully| next time)',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'said mentioned explained stated wrote told noted pointed outlined described advised communicated indicated calm need shouting yelling swearing getting being watch mind obviously clearly know even all tell understand read reread re says guide faq manual instructions terms documentation page',
);

const TOLD =
  '(?:said|mentioned|explained|stated|wrote|written|told you|noted|pointed out|advised|informed you|outlined|answered|covered|gone over|been over|went over|gone through|been through|went through|clarified|communicated|indicated)';
const BEFORE =
  '(?:already|before|previously|earlier|again|above|on the phone|yesterday|last week|(?:several|multiple|many|numerous|a few|three|two|four) times(?: now)?|twice(?: now)?|more than once|repeatedly|in (?:my|our) (?:last|previous|earlier|other) (?:\\w+ )?(?:email|emails|message|messages|reply|replies|response|responses|letter|letters|call|chat))';
// The rarer of the two parts: a mark that it was said before.
const BEFORE_WORDS =
  'already before previously earlier again above phone yesterday week times twice once repeatedly last previous other';

/** Repetition aimed at the customer, in shapes written by people who never saw the lists above. */
const REPEATING_SHAPES = anchoredShapes([
  [
    'already previously clearly repeatedly',
    `(?:as|like) (?:we|I)(?:'ve| have)? (?:already|previously|clearly|repeatedly) ${TOLD}\\b`,
  ],
  [
    'said mentioned explained stated wrote written told noted pointed advised informed outlined answered covered gone been went clarified communicated indicated',
    `(?:as|like) we(?:'ve| have)? ${TOLD}\\b`,
  ],
  [
    `${BEFORE_WORDS} agreement contract terms documentation docs faq guide manual policy documents website confirmation email emails message messages reply replies response responses letter letters`,
    `as (?:previously |already |clearly |repeatedly )?(?:mentioned|stated|explained|said|noted|advised|communicated|outlined|indicated) (?:${BEFORE}|in (?:my|our|the|your) (?:[\\w-]+ ){0,3}?(?:emails?|messages?|replies|reply|responses?|letters?|agreement|contract|terms|documentation|docs|faq|guide|manual|policy|documents|website|confirmation))\\b`,
  ],
  [
    BEFORE_WORDS,
    `(?:I|we)(?:'ve| have| had)? (?:already |previously |now |just )?${TOLD}(?: (?:this|that|it|all this|all of this))?(?: (?:to|with) you)? ${BEFORE}\\b`,
  ],
  ['saying telling explaining repeating', '(?:as|like) (?:I|we) keep (?:saying|telling you|explaining|repeating)\\b'],
  [
    'again more last',
    "(?:I'll|I will|let me) (?:say|explain|repeat)(?: (?:it|this|that))? (?:again|one (?:more|last) time)\\b",
  ],
  [
    'second third fourth fifth last umpteenth hundredth',
    'for the (?:second|third|fourth|fifth|last|umpteenth|hundredth) time\\b',
  ],
  ['explained', 'this has been explained\\b'],
  // Passive: "This was already explained to you last week."
  [
    BEFORE_WORDS,
    `(?:this|that|it)(?:'s| is| was| has been| had been) (?:already |previously |clearly )?(?:explained|mentioned|covered|answered|clarified|stated|pointed out|gone over|been over)(?: to you)? ${BEFORE}\\b`,
  ],
  // Sentence-initial "Again, refunds take 10 days." ("Again, I'm so sorry" is not a repeat at them.)
  [
    'again',
    "^(?:once again|again),? (?!(?:I|I'm|we|we're|sorry|thank|thanks|my|our|apologies|so sorry|many thanks)\\b)",
  ],
]);

/** Talking down, in shapes written by people who never saw the lists above (issue 15). */
const BELITTLING_SHAPES = anchoredShapes([
  // "You clearly skipped a step" judges; "you clearly care about this" is warm.
  [
    'clearly obviously evidently',
    // "you clearly told us in November and we should have acted on it" credits them (issue 15).
    "(?:you(?:'re| are)? )(?:clearly|obviously|evidently)\\b(?! (?:care|cared|love|loved|value|valued|enjoy|enjoyed|put|spent|worked|went through|have been through|know your|told|asked|said|tried|followed|requested|cancelled|canceled|paid|meant)\\b)",
  ],
  [
    'everyone everybody anyone anybody',
    '(?:everyone|everybody|anyone|anybody) (?:knows|can (?:do|see|manage|figure|work|read|understand)|could (?:do|see|manage))\\b',
  ],
  ['surely', "surely you(?:'ve| have| know| can| must| saw| read| noticed| understand| realise| realize)?\\b"],
  [
    'literally plainly',
    "(?:it|this|that)(?:'s| is)? (?:literally|plainly) (?:says?|said|states?|written|shown|there|marked|labell?ed|explained)\\b",
  ],
  [
    'clearly plainly black',
    // "the fee wasn't shown clearly enough" owns our failing (issue 15).
    "(?<!\\b(?:wasn't|weren't|isn't|aren't|not|never) )(?:says|said|stated|states|explains|written|shown|marked|listed) (?:so )?(?:very |quite )?(?:clearly|plainly|in black and white)\\b(?! enough\\b)",
  ],
  ['obvious', "(?:it's|it is|that's|this is) (?:really |very |quite |pretty |so |fairly )?obvious\\b"],
  ['there', "(?:it's|it is) right there\\b"],
  [
    'basic sense',
    "(?:it's|it is|that's|this is) (?:a |such a |pretty |very |really )?(?:basic|common sense) (?:thing|step|stuff|fix|check|procedure|geography|maths|math)\\b|(?:pretty |very |really )?basic (?:geography|maths|math|stuff)\\b",
  ],
  [
    'assume presume suspect guess take',
    "(?:which |that )?I (?:assume|presume|take it|guess|suspect) you (?:haven't|have not|didn't|did not|never|don't)\\b",
  ],
  ['surprised amazed', "you(?:'d| would) be (?:surprised|amazed) how many\\b"],
  [
    'actually even least',
    '(?:have|did) you (?:actually|even|at least) (?:tried|try|read|checked|check|looked|look|turned|turn|followed|follow|restarted|restart|plugged|switched|opened|updated)\\b',
  ],
  [
    'hard difficult complicated complex tricky',
    "(?:isn't|is not|it's not|its not|not) (?:that|very|really|exactly|so|all that) (?:hard|difficult|complicated|complex|tricky)\\b",
  ],
  [
    'again carefully properly thoroughly',
    '(?:re-?)?read (?:them|it|this|that|the \\w+|our \\w+|your \\w+) (?:again|carefully|properly|more carefully|thoroughly)\\b',
  ],
  // Pointing at where it was written as the whole answer: "This is explained on the checkout page."
  [
    'listed explained stated written shown printed displayed set spelled detailed outlined mentioned documented',
    "(?:this|it|that|which)(?:'s| is| was) (?:all |clearly |already |also )?(?:listed|explained|stated|written|shown|printed|displayed|set out|spelled out|detailed|outlined|mentioned|documented) (?:clearly )?(?:in|on|at) (?:the|our|your)\\b",
  ],
  [
    'listed explained stated written shown printed displayed',
    '(?:is|are) (?:all |clearly |already )?(?:listed|explained|stated|written|shown|printed|displayed) (?:clearly )?(?:in|on|at) your\\b',
  ],
  ['lump leave', 'like it or lump it\\b|take it or leave it\\b'],
  ['argue', "(?:don't|do not) argue with\\b"],
  // Closing the subject: "That's physics.", "The price is the price.", "Simple as that."
  [
    'physics business life maths math sense',
    "(?:that's|it's|that is) (?:just )?(?:physics|business|life|maths|math|common sense)\\b",
  ],
  ['simple story stop end', '(?:simple as that|end of story|full stop)\\b|end of\\.'],
  [
    'price rules fee deadline law',
    '(?:price is the price|rules are the rules|fee is the fee|deadline is the deadline|law is the law)\\b',
  ],
  ['miss see notice read', 'how did you (?:miss|not see|not notice|not read|manage to miss)\\b'],
  ['explanatory', '(?:pretty |fairly |quite |completely )?self-explanatory\\b'],
  ['clear', '(?:we|I) (?:were|was) (?:very |really |quite |perfectly |extremely )?clear\\b'],
  [
    'clearly',
    '(?:is|are|was|were) clearly (?:explained|stated|shown|marked|written|displayed|listed|signposted|labell?ed)\\b',
  ],
  ['confused puzzled', "(?:I'm|I am) (?:also |a bit |quite )?(?:confused|puzzled) (?:why|how) you\\b"],
  ['seriously', '(?<=^|, )seriously\\b'],
  // Shapes from drafts by other hands (issue 15): what the customer "should have known", help
  // as a favour to a slow learner, everyone else manages, "it says so on the tag".
  [
    'known expected realised realized perhaps maybe',
    "you should(?: have|'ve) (?:known|expected|realised|realized)\\b|(?:perhaps|maybe) you should (?:familiari[sz]e|read|learn|look)\\b",
  ],
  ['ought', 'ought to (?:have (?:already|by now)|already have)\\b'],
  ['down', 'break (?:this|it|that) down for you\\b'],
  ['manage cope survive', "(?:I'm|I am) sure you(?:'ll| will) (?:manage|cope|survive)\\b"],
  ['says', '(?<=^|\\. |, )(?:it )?says so (?:on|in)\\b'],
  [
    'everyone everybody people',
    '(?:everyone|everybody) (?:uses|has|does|manages)\\b|works? (?:fine |perfectly )?for (?:most people|everyone else|everybody else)\\b',
  ],
  [
    'sure tell explain mention',
    "are you sure (?:no one|nobody|you (?:didn't|haven't|did|have))\\b|didn't (?:the [\\w-]+|they|anyone|we) (?:tell|explain|mention)\\b",
  ],
  [
    'surprised',
    "surprised you (?:didn't|did not|don't|do not|haven't|have not|hadn't) (?:know|come across|heard|seen|noticed)\\b",
  ],
  // What the customer is presumed to know already (issue 15): "as a tenant you'd know", "as most
  // drivers know", "I'm sure you can understand why", "Most people know this", "…, you know."
  [
    'know understand appreciate manage',
    "as (?:a|an) [\\w-]+,? you(?:'d| would| should) know\\b|as (?:most|all|any) [\\w-]+ (?:know|will know|would know)\\b|I'm sure you(?:'ll| will| can)? (?:understand|appreciate)\\b|you(?:'ll| will) (?:appreciate|understand) (?:that|why)\\b|most (?:people|customers|users) (?:know|manage)\\b|(?<=, )you know(?=[.!?]|$)",
  ],
  ['however', '(?:takes|take) however long (?:it|they) takes?\\b'],
  ['print', '(?:read|check|in|see|per) (?:the )?(?:small|fine) print\\b'],
  ['reread read reading', '(?:perhaps|maybe) (?:try )?(?:re-?read|reading)\\b'],
]);

const meta: RuleMeta<'repeat' | 'scold' | 'belittle'> = {
  id: 'condescension',
  category: 'condescension',
  description: 'Notices talking down: "as I said", "calm down", "obviously", "clearly you".',
  messages: {
    en: {
      repeat: {
        why: '“As I said” tells the customer they should have listened; it sounds impatient.',
        alternatives: [
          'Give the information again as if for the first time, maybe in a clearer way.',
          'If it was unclear before, own that and explain it differently.',
        ],
      },
      scold: {
        why: 'Telling someone to calm down rarely calms them; it judges how they feel.',
        alternatives: [
          'Name what went wrong for them, then what you are doing about it.',
          'Let your steady tone and a concrete step do the calming.',
        ],
      },
      belittle: {
        why: 'Words like “obviously” suggest the customer missed something easy, and they feel small.',
        alternatives: [
          'State the information plainly, without judging whether it was easy to find.',
          'Point to where it is, and say it is easy to miss if that is true.',
        ],
      },
    },
  },
};

type Id = 'repeat' | 'scold' | 'belittle';

function findings(context: RuleContext, pattern: RegExp, id: Id, certainty: Certainty) {
  return matchAnchored(context, ANCHORS, pattern).map((span) =>
    report(meta, context, span.start, span.end, id, certainty),
  );
}

/** The list's finding wins where a shape matches the same words, so each phrase is named once. */
function shapeFindings(
  context: RuleContext,
  listed: ReadonlyArray<{ start: number; end: number }>,
  shapes: AnchoredPatterns,
  id: Id,
  certainty: Certainty,
) {
  return matchAnchoredGroups(context, shapes)
    .filter((span) => !listed.some((other) => span.start < other.end && other.start < span.end))
    .map((span) => report(meta, context, span.start, span.end, id, certainty));
}

/**
 * A recap that comes with help in the same sentence ("As mentioned, here is the link again",
 * "as I said on the phone, I've refunded the £20") is a reminder, not a rebuke: it shows only
 * at high sensitivity.
 */
const HELP_AFTER =
  /\b(?:here(?:'s| is| are)|I(?:'ve| have) (?:also |already |just |now )?\w+ed|I(?:'ll| will) (?:also |now |happily )?(?:send|resend|add|refund|call|email|attach|walk|book|set|fix|reset|arrange|post|credit|check|do|make)|attached|below)\b/i;

function softenedWhenHelping(context: RuleContext, finding: RuleFinding): RuleFinding {
  const sentence = context.sentences[sentenceIndexAt(context.sentences, finding.start)];
  const helping = sentence !== undefined && HELP_AFTER.test(context.lintable.slice(finding.end, sentence.end));
  if (!helping && !citesRulesAfterTheRule(context, finding)) return finding;
  return { ...finding, certainty: 'possible' };
}

export default defineRule({
  meta,
  check: (context) => {
    const repeating = findings(context, REPEATING, 'repeat', 'certain');
    const belittling = findings(context, BELITTLING, 'belittle', 'likely');
    return [
      ...[...repeating, ...shapeFindings(context, repeating, REPEATING_SHAPES, 'repeat', 'certain')].map((finding) =>
        softenedWhenHelping(context, finding),
      ),
      ...findings(context, SCOLDING, 'scold', 'certain'),
      ...belittling,
      ...shapeFindings(context, belittling, BELITTLING_SHAPES, 'belittle', 'likely'),
      ...selfExplained(context).map((span) => report(meta, context, span.start, span.end, 'belittle', 'likely')),
    ];
  },
});
