import { perAnalysis, type RuleContext } from '@/lib/engine/rule';
import { sentenceTest } from '@/lib/engine/sentence-facts';
import type { Span } from '@/lib/engine/types';
import { CAN_DO_CUE, draftActsOrOffers, FOLLOW_UP_CUE, TIME_CUE, WE_ACT_CUE } from '@/lib/rules/shared/cues';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { anchoredShapes, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';

/**
 * A state of our side told as the reason: people away ("two chefs called in sick", "the manager
 * has been on annual leave"), the season ("Friday nights are mad for us", "peak season"), a
 * place or tool in a bad way ("the warehouse is just slow this week", "the portal is down",
 * "that page has been broken for ages"). Drafts by other hands (issue 15) label these excuses
 * when the reply then does nothing about it; the same words before "I've booked you with Dr
 * Patel on Monday at 9:20" explain a delay, and good replies by other hands do exactly that.
 */
const STAFF_AND_SEASON = anchoredShapes([
  [
    'sick leave holiday meetings',
    "\\b(?:called|call|calls|phoned|rang) in sick\\b|\\b(?:is|was|are|were|been|'s|'re) (?:off sick|on (?:annual |sick |parental |maternity |paternity )?(?:leave|holiday))\\b|\\bback-to-back meetings\\b",
  ],
  [
    'peak season rush period nights weekends mad mental crazy hectic manic chaos chaotic busy',
    '\\bpeak (?:season|period)\\b|\\b(?:wedding|holiday|festive|christmas|exam|tax|summer|busy) (?:season|rush|period)\\b|\\b(?:friday|saturday|weekend|bank holiday)s? (?:nights? |evenings? )?(?:are|is|were|was) (?:always |really |so |just |absolutely )?(?:mad|mental|crazy|hectic|manic|chaos|chaotic|busy)\\b',
  ],
  [
    'slammed slow behind mad mental nightmare',
    "\\b(?:kitchen|warehouse|restaurant|depot|lab|workshop|mechanic|mechanics|engineers?|drivers?|couriers?|suppliers?|partners?|team|office|(?:they|we))(?:'s|'re| is| was| are| were| has been| have been) (?:just |really |a bit |very |currently |quite |so |completely |absolutely )?(?:slammed|slow|running (?:a bit |very |really )?(?:behind|slow)|mad|mental|a nightmare)\\b",
  ],
]);

const TOOLS_DOWN = anchoredShapes([
  [
    'down broken buggy temperamental playing maintenance flaky load',
    "\\b(?:site|website|portal|app|page|server|servers|network|phones?|phone lines?|till|tills|card machine|machine|printer|scanner|bot|chatbot|platform|database)(?:'s| is| was| are| were| has been| have been) (?:just |really |a bit |very |currently |still |quite |always |completely |totally )?(?:down|broken|buggy|temperamental|flaky|playing up|under maintenance|under (?:heavy )?load)\\b",
  ],
]);

/**
 * Any state of things given as the whole answer: "The lift is old", "a lot of people were off", "it was a busy weekend", "checkouts ran late today",
 * "we've lost two groomers", "latency is unavoidable". Drafts by other hands (issue 15) label a
 * reply that says only this an excuse; with any step or offer beside it, it is an explanation.
 */
const STATES_ALONE = anchoredShapes([
  ['old', '\\b(?:is|are|was|were) (?:very |really |quite |just |a bit |so |getting )?old\\b(?! enough)'],
  [
    'busy slow terrible awful away off chaotic hectic',
    "\\b(?:was|were|has been|have been|'s been) (?:really |very |so |terribly |quite |a bit )?(?:busy|slow|terrible|awful|away|off|chaotic|hectic)\\b",
  ],
  ['busy', '\\ba busy (?:weekend|week|day|night|shift|morning|afternoon|evening)\\b'],
  [
    'longer late over',
    '\\b(?:took|ran) (?:a bit |much |a lot )?(?:longer than (?:expected|planned|anticipated)|late|over)\\b',
  ],
  [
    'lost recruit staff hire',
    "\\b(?:we've|we have) lost (?:two|three|four|\\d+|a|an|our|some|several|a few) [\\w-]+|\\bhard to (?:recruit|find staff|hire)\\b",
  ],
  [
    'unavoidable predicted foreseen fast challenge',
    "\\bunavoidable\\b|\\bcouldn't have (?:predicted|foreseen)\\b|\\bas fast as (?:they|we|he|she) can\\b|\\balways a challenge\\b",
  ],
]);

/**
 * The reply makes good on the reason: something we do or offer, with a time. "I'll pass your
 * comments on" alone does not (those replies are labelled excuses by other hands).
 */
const STEP = new RegExp(`${WE_ACT_CUE.source}|${FOLLOW_UP_CUE.source}|${CAN_DO_CUE.source}`, 'i');
// A day or a clock time said bare, as in "I've rebooked it for Wednesday the 12th", counts too.
const DAY_OR_CLOCK =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}(?::\d{2})? ?(?:am|pm))\b/i;
const timed = (context: RuleContext, index: number) =>
  sentenceTest(context, index, TIME_CUE) || sentenceTest(context, index, DAY_OR_CLOCK);
const madeGood = perAnalysis((context) => {
  for (let index = 0; index < context.sentences.length; index++) {
    const next = Math.min(index + 1, context.sentences.length - 1);
    if (sentenceTest(context, index, STEP) && (timed(context, index) || timed(context, next))) return true;
  }
  return false;
});

// "If the machine is broken, pay by phone", "when the portal is down, …": a case, not a reason.
// "Your phone's battery is old" is theirs: the blame rules' to judge.
const SUPPOSED = /\b(?:if|when|whenever|in case)\b[^,.;!?]*$|\byour [\w'-]+(?: [\w'-]+)?\s$/i;
const stated = (context: RuleContext, span: Span) => {
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
  return !sentence || !SUPPOSED.test(context.lintable.slice(sentence.start, span.start));
};

/** People away, the season, a busy place: excuse-busy's. */
export const findStaffingAndSeason = (context: RuleContext): Span[] =>
  madeGood(context) ? [] : matchAnchoredGroups(context, STAFF_AND_SEASON).filter((span) => stated(context, span));

/**
 * Our site or tool down or broken: excuse-system's. Any other way to do the thing ("you can still
 * pay by online banking") or a step of ours answers it, with or without a time.
 */
export const findToolsDown = (context: RuleContext): Span[] =>
  draftActsOrOffers(context) ? [] : matchAnchoredGroups(context, TOOLS_DOWN).filter((span) => stated(context, span));

/** A state of things and nothing else: excuse-helpless's. */
export const findStatesAlone = (context: RuleContext): Span[] =>
  draftActsOrOffers(context) ? [] : matchAnchoredGroups(context, STATES_ALONE).filter((span) => stated(context, span));
