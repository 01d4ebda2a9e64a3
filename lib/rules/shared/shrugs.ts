import type { RuleContext } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import type { Span } from '@/lib/engine/types';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * "Nothing can be done". Source: coaching seed 000 (saying no is fine when you say who else
 * can help, or when); these say neither. Shapes from drafts written by people who never saw
 * these rules (issue 15): "that's just how the booking site works", "parts will come when
 * they come", "there's nothing reception can do", "I don't make the rules".
 */
const HELPLESS = phrasesAtWordStart(
  [
    '(?:our|my) hands are tied\\b',
    "(?:there's |there is )?nothing (?:more |else )?(?:I|we) can do\\b",
    "(?:that's|it's|that is|it is) (?:just |simply )?(?:how|the way) (?:it is|it works|things are|things work|things are going|it goes|we do things)\\b",
    // "That's just how the booking site works", "that's how our system is set up".
    "(?:that's|it's|that is|it is|this is) (?:just |simply )?(?:how|the way) (?:the|our|this|that|your) (?:[\\w-]+ ){0,3}?(?:works?|operates?|is (?:set up|designed|built|made)|goes)\\b",
    // Without "the": "That's just how engineer scheduling works" (issue 15); "just" keeps "this is how billing works:" an explanation.
    "(?:that's|it's|that is|it is|this is) (?:just|simply) how (?:[\\w-]{1,30} ){1,3}?(?:works?|operates?)\\b",
    // Shrugged off as the way of the world: "These things happen with international shipping", "that's just the reality of the job".
    "(?:these|such) things (?:do |can )?happen\\b|(?:that's|that is|it's|it is) (?:just |simply )?the (?:reality|nature) of\\b",
    '(?:takes?|took) as long as (?:they|it) (?:take|takes|took)\\b',
    "(?:will|'ll) (?:come|arrive|happen|turn up|show up|get here) when (?:they|it) (?:come|comes|arrive|arrives|happen|happens|turn up|turns up|show up|shows up|get here|gets here)\\b",
    '(?:as and when|when (?:they|we|he|she|someone|somebody) (?:can|get (?:round |around )?to it|have time))\\b',
    '(?:nothing|not much|not a lot|little) (?:more |else )?(?:that )?(?:anyone|anybody|reception|support|the team|our team|they|the \\w+) (?:can|could) (?:do|change)\\b',
    "(?:I|we) (?:don't|do not|didn't) (?:make|set|write|decide) (?:the |these |those )?(?:rules|policy|policies|prices|fees|terms|charges)\\b",
    '(?:way )?above my pay grade\\b',
    "(?:can't|cannot) be expected to\\b",
    "(?:we're|we are) doing (?:what|all|everything) we can\\b",
    // Kept in the dark: "nobody tells us anything", "the devs don't really tell us".
    '(?:nobody|no one) (?:ever )?(?:tells|told|informs|updates) (?:us|me)\\b',
    "(?:they|management|head office|the \\w+) (?:don't|doesn't|do not|does not|never) (?:really )?(?:tell|inform|update) (?:us|me)\\b",
    "(?:we|I) (?:don't|do not|never) get told\\b|kept in the dark\\b",
    'it is what it is\\b',
    "there(?:'s| is)(?:n't| not) (?:anything|much|a lot) (?:more |else )?(?:I|we) (?:can|could|am able to|'m able to|are able to|'re able to) do\\b",
    // "It happens sometimes when restaurants are busy", "happens all the time out in the country".
    '(?<=^|, |\\bit )happens (?:sometimes|all the time|occasionally|from time to time)\\b',
    'nothing (?:that )?(?:could|can) (?:be|have been) done\\b',
    "(?:I|we) (?:have|'ve got) no (?:control|say|influence) over\\b",
    // Control owned only in part, as the answer: "we have limited control over delays" (issue 15).
    "(?:I|we) (?:have|'ve got) (?:very )?(?:limited|little|no real) (?:control|say|influence)\\b",
    "(?:there's |there is )?(?:very little|not much|not a lot) (?:more |else )?(?:that )?(?:I|we) (?:can|could) do\\b",
    "(?:I|we) (?:don't|do not) have the (?:ability|power|authority|permission) to\\b",
    '(?:out of|beyond|outside(?: of)?) (?:my|our) (?:hands|control)\\b',
    'not up to (?:me|us)\\b',
    "(?:I|we) (?:can't|cannot) do anything about (?:it|that|this)\\b",
    // Left to fix itself (issue 15): "it'll probably sort itself out", "might correct itself next month", "it'll confirm eventually".
    '(?:sort|sorts|correct|corrects|fix|fixes|resolve|resolves|right|rights|clear|clears|work|works) (?:itself|themselves)(?: out)?\\b',
    "(?:will|'ll|should|might|may) (?:probably |hopefully |just )?(?:go through|come through|confirm|clear|resolve|arrive|turn up|update|refresh|catch up|drop off) eventually\\b",
    // A fault as a habit of the system (issue 15): "ParentPay payments sometimes duplicate", "our billing system does this sometimes".
    '(?:does|do|did) (?:this|that|it) (?:sometimes|occasionally)\\b',
    '(?:sometimes|occasionally) (?:duplicate|double[- ]charge|overrun|glitch|crash|fail|go missing|get lost|get delayed|get missed|run late|break down|drop out|time out|go wrong)\\b',
    // "Drivers are sometimes held up by traffic", "delays can happen in winter": a hazard of the trade as the answer.
    '(?:sometimes|occasionally) (?:held up|delayed|late|missed)\\b',
    '(?:mistakes|delays|errors|accidents|glitches|issues|problems|breakages?|mix-ups) (?:can|do|will|may) happen\\b',
    // Out of sight as the answer: "I've no visibility of that", "can't see other stores' stock from here".
    "(?:I|we)(?:'ve| have|'d have|'d| would have) no (?:visibility|sight|view) (?:of|into|over)\\b",
    "(?:can't|cannot|can not) see (?:[\\w'’-]+ ){0,4}?from (?:here|my end|my side|this end)\\b",
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'reality nature things hands nothing limited little real very how way what ability power authority permission control up anything much lot done say influence long when come comes arrive arrives happen happens turn turns show shows get gets little make set write decide rules policy policies prices fees terms charges grade expected everything all nobody one tells told informs updates tell inform update kept itself themselves eventually sometimes occasionally visibility sight view here end side',
);

/** Shrugs in the draft, shared by excuse-helpless and no-alternative (a shrug that is the whole answer). */
export const findShrugs = (context: RuleContext): Span[] => matchAnchored(context, ANCHORS, HELPLESS);
