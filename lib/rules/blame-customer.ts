import { defineRule, report, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { draftOffersSomething } from '@/lib/rules/shared/cues';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase list: the customer's mistake put in front. Source: coaching seed 002
 * ("it is easier to recognise someone else's contribution to what went wrong").
 * "You should have received an email" and "we should have told you" stay silent:
 * the first is our failure, the second is ownership. "You should have them by Wednesday"
 * (a thing, not a deed, after "should have") is a promise (issue 15).
 */
const CERTAIN_BLAME = phrasesAtWordStart(
  [
    // "You should have been asked", "should have been able to pay", "should have paid £9.90": what
    // they were owed, so our failure (issue 15); "should have been prepared" still blames.
    "(?:you|u|he|she) should(?: have|'ve| of) (?!received|gotten|got |had|been (?:sent|emailed|given|told|notified|contacted|informed|refunded|charged|able|let|shown|offered|(?!prepared|organi[sz]ed)[a-z]+ed)\\b|paid (?:only |just )?[£$€\\d]|seen (?:an?|our|the) |(?:them|it|this|that|one|your|yours|an?|the|access|everything|all)\\b)\\w+",
    'you (?:failed|forgot|neglected) to\\b',
    // "If it's been dropped, that's on you" (other-hand-6, -15): the fault handed over outright.
    "(?:that's|it's|this is|that is|it is) (?:on your end|on your side|(?:all )?on you|your (?:own )?(?:fault|mistake|error))\\b",
    'user error\\b',
  ],
  'gi',
);
const LIKELY_BLAME = phrasesAtWordStart(
  [
    "you (?:obviously |clearly |probably )?(?:didn't|did not|never) (?:read|check|follow|click|enter|select|update|notice|include|attach|fill|save|back up|turn on|keep|pay attention|look|verify|register|activate|install)\\b",
    'you (?:entered|typed|selected|chose|picked|gave us|put in|booked|used) (?:the |a )?wrong\\b',
    "if you(?:'d| had) (?:\\w+ly )?(?:read|checked|followed|turned|updated|clicked|entered|kept|saved|contacted|told|used|paid attention|looked|registered|activated)\\b",
    'you (?:probably|must have|obviously|clearly) (?:left|forgot|entered|deleted|removed|cancelled|unsubscribed|disabled|ignored|missed|clicked|typed|skipped|changed|dropped|broke|misread|overlooked|turned off|uploaded|sent us|used|selected|chose|picked|ordered|booked|provided)\\b',
    '(?:removed|deleted|cancelled|changed|disabled|broke|did) (?:it|this|that|them) yourself\\b',
    'your (?:request|order|form|payment|claim|booking|application) (?:came in|was sent|was submitted|arrived|was made) (?:too )?late\\b',
    // "Since you didn't mean it, I've switched you back": their intent, not their mistake.
    "(?:because|since) you (?:(?:didn't|did not)(?! (?:mean|want|intend|ask for|agree)\\b)|failed|forgot|ignored|missed|skipped)\\b",
    '(?:before|when) \\w+ing(?: \\w+)? next time\\b',
    '(?:next time|in (?:the )?future),? (?:please )?(?:make sure|check|read|remember|be sure)\\b',
    '(?:please )?(?:make sure|remember|be sure) (?:to|you) [^.!?\\n]{0,60}?\\b(?:in (?:the )?future|next time)\\b',
    "this (?:happens|is what happens) when (?:users|customers|people|you) (?:don't|do not|forget|fail|ignore)\\b",
    // Shapes from drafts written by people who never saw these rules (issue 15).
    // "You clearly didn't follow the guide", "you're obviously sharing your account".
    "you(?:'re| are|'ve| have)? (?:clearly|obviously|evidently|apparently) (?:didn't|did not|don't|do not|haven't|have not|never|can't|cannot|aren't|are not|weren't|were not|failed|forgot|misread|missed|ignored|skipped|misunderstood|overlooked|sharing|using|ignoring|misusing|entering|typing|confusing|mixing)\\b",
    // "You must have uploaded an old one", "you must have insufficient storage".
    'you (?:must|might|may) have (?!(?:been|had|felt|got|gotten|seen|heard|received|thought|wondered|noticed|a|an|the|your|some|any|this|that|to|questions|concerns|lots|plenty)\\b)[a-z]+',
    "you (?:probably|likely|most likely|possibly) (?!(?:received|noticed|heard|wondered|expected|wanted|needed|saw|already)\\b)(?:\\w+ed|didn't|did not|forgot|left|sent|put|made|took|got|gave|wrote|hit|set|ran|misread)\\b",
    'had you (?:\\w+ed|read|kept|paid|sent|set|done|made|put|checked)\\b',
    "(?:it's|it is|that's|that is|is|was) (?:the )?(?:your|(?:the )?(?:customer|policyholder|user|member|tenant|passenger|guest|cardholder|account holder|buyer|owner|traveller|traveler|client|resident|homeowner|keeper|driver|holder)'s) (?:own )?(?:legal )?(?:responsibility|job|duty|obligation)\\b",
    '(?:which|that) you (?:agreed to|consented to|accepted|signed|approved|ticked)\\b',
    'you (?:agreed|consented) to (?:this|that|it|these|the|our|substitutions|\\w+ (?:terms|conditions))\\b',
    'you (?:signed|accepted) the (?:contract|agreement|terms|form|declaration)\\b|you chose to\\b',
    "which you (?:didn't|did not|never|failed to|haven't|have not)\\b",
    "(?<!\\b(?:if|when|whether|case)\\s)you (?:weren't|were not|wasn't) (?:home|in|there|available|present|ready|outside|on time|at (?:the|home))\\b",
    "(?:misunderstanding|mistake|error|oversight|confusion|misreading) on (?:your|the customer's) (?:[\\w-]+'s )?part\\b",
    '(?:the )?(?:problem|issue|fault|error) is (?:on|at|with) your (?:end|side|device|connection|network|wifi|wi-fi|phone|computer|browser|router|premises)\\b',
    "(?:it's|its|that's|thats) (?:your|ur) (?:wifi|wi-fi|internet|connection|network|phone|device|browser|router|computer|equipment|settings)\\b",
    '(?:your|ur) (?:wifi|wi-fi|internet|connection|network|phone|device|browser|router|computer|ipad|iphone|laptop|tablet) is (?:too |very |really )?(?:slow|old|outdated|weak|the problem|the issue|the cause|at fault)\\b',
    "(?:next time|in (?:the )?future),? (?:please |just |try to |maybe )?(?:you (?:need to|should|must|have to|'ll need to|will need to)|write|use|check|read|make|set|put|choose|select|enter|call|book|order|try|double-check|keep|include|add|attach|save|update|contact|wait|ask|send|pay|fill|leave|pick|get|look|follow|tell)\\b",
    '(?:maybe|perhaps|just|try(?: to)?) (?:[\\w-]+ ){1,6}?(?:next time|in (?:the )?future)\\b',
    '(?:your|the) (?:request|order|form|payment|claim|booking|application|submission|notice|cancellation|return) (?:was|were) (?:too |a bit |\\w+ days )?late\\b',
    '(?:be more|take more) (?:polite|careful|care|respectful|attentive)\\b',
    '(?:more )?likely (?:that )?you (?:\\w+ed|read|put|wrote|got|did|made|misread|forgot|left)\\b',
    'you (?:read|entered|typed|put|wrote|filled|did|set) (?:it|them|that|this|the \\w+)(?: in)? (?:wrong|wrongly|incorrectly)\\b',
    'when (?:customers|users|people|guests|you) [\\w-]+ (?:[\\w-]+ ){0,3}?(?:incorrectly|wrongly|carelessly|improperly)\\b',
    // "You shouldn't have paid" / "shouldn't have been left waiting" say what we owed them.
    // "You shouldn't have to" is sympathy, not a rebuke.
    "(?:you|u) (?:shouldn't|should not) have (?!been|had to|to\\b|paid|needed|received|got|gotten)\\w+",
    // "Maybe you didn't hear it" (other-hand-19): a guess at their slip, as much as "maybe you missed it";
    // "maybe you didn't get my email" doubts our email, not them.
    "(?:perhaps|maybe) (?:you|u) (?:misheard|misread|misunderstood|forgot|missed|(?:didn't|did not|haven't|have not)(?! (?:get|receive|see|notice|want|need|mean|have|had)\\b)|weren't|were not|\\w+ed)\\b",
    // "You should really check where a site is based before you buy" (other-hand-4, -6): a rule for
    // them to have kept; "you should check your spam folder" on its own is a tip and stays silent.
    'you should (?:really|always) (?:check|read|make sure|look)\\b',
    '(?:u|you) must (?:of|have) been (?:on|at|in|using|logged)\\b',
    '(?:did|have) you (?:even |actually )?(?:spill|spilled|drop|dropped|break|broke|submit|read|check|try)\\b[^.!?\\n]{0,40}\\?',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  "you u your ur user users next future yourself had part problem issue fault error it's its that's thats more likely when responsibility job duty obligation he she shouldn't perhaps maybe must did",
);

const meta: RuleMeta<'blame'> = {
  id: 'blame-customer',
  category: 'blame',
  description: 'Notices the customer being told it is their fault ("you should have", "you failed to", "user error").',
  messages: {
    en: {
      blame: {
        why: 'Pointing at the customer’s mistake makes them defend themselves instead of moving on with you.',
        alternatives: [
          'Describe what happened without making the customer the subject of the sentence.',
          'Go straight to the fix; if a tip would prevent it next time, offer it as a tip.',
        ],
      },
    },
  },
};

/**
 * What the customer did, told back to them in a reply that offers nothing else: "You
 * cancelled at 4 minutes.", "You didn't top up.", "You bought tickets for the wrong date."
 * (issue 15: drafts by people who never saw these rules blame this way). In a reply that
 * helps, the same words explain ("you were charged twice, and I've refunded one").
 */
const YOU_DID = phrasesAtWordStart(
  [
    "(?<=^|[,;]\\s|\\bso\\s|\\bbecause\\s|\\bwhich\\s|\\band\\s)(?:you|u)(?:'ve| have| had)? (?:just |already |clearly |simply )?(?:didn't|did not|haven't|have not|hadn't|never|(?:weren't|were not)(?! [a-z]+ed\\b)|forgot|cancelled|canceled|chose|bought|booked|ordered|rode|drove|sent|typed|entered|selected|clicked|signed|agreed|missed|ignored|deleted|changed|used|left|put|paid|gave|made|took|did|set|opened|turned|broke|dropped|lost|misread|misheard|ran)\\b",
  ],
  'gi',
);
const YOU_DID_ANCHORS = anchorWords('you u');

const APOLOGY = /\b(?:sorry|apologi[sz]e)\b/i;
const BUT = /\bbut\b/i;

/**
 * "I'm sorry, you should have walked into a clean room" names what the customer was owed and
 * apologises for it; "Sorry, but you should have checked" still blames. Seen in good replies
 * written for issue 15.
 */
function apologisesFor(context: RuleContext, span: Span): boolean {
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
  if (!sentence) return false;
  const before = sentence.text.slice(0, span.start - sentence.start);
  const sorry = before.search(APOLOGY);
  if (sorry !== -1 && !BUT.test(before.slice(sorry))) return true;
  return APOLOGY.test(sentence.text.slice(span.end - sentence.start));
}

export default defineRule({
  meta,
  check: (context) => [
    ...matchAnchored(context, ANCHORS, CERTAIN_BLAME)
      .filter((span) => !apologisesFor(context, span))
      .map((span) => report(meta, context, span.start, span.end, 'blame', 'certain')),
    ...matchAnchored(context, ANCHORS, LIKELY_BLAME).map((span) =>
      report(meta, context, span.start, span.end, 'blame', 'likely'),
    ),
    // Heard as blame only when nothing is offered, so a judgement of the whole reply (Finding.wholeReply).
    ...(draftOffersSomething(context) ? [] : matchAnchored(context, YOU_DID_ANCHORS, YOU_DID)).map((span) =>
      report(meta, context, span.start, span.end, 'blame', 'likely', 'reply'),
    ),
  ],
});
