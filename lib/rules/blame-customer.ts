import { defineRule, report, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase list: the customer's mistake put in front. Source: coaching seed 002
 * ("it is easier to recognise someone else's contribution to what went wrong").
 * "You should have received an email" and "we should have told you" stay silent:
 * the first is our failure, the second is ownership.
 */
const CERTAIN_BLAME = phrasesAtWordStart(
  [
    "you should(?: have|'ve) (?!received|gotten|got |had|been (?:sent|emailed|given|told|notified|contacted|informed|refunded|charged)|seen (?:an?|our|the) )\\w+",
    'you (?:failed|forgot|neglected) to\\b',
    "(?:that's|it's|this is|that is|it is) (?:on your end|on your side|your (?:own )?(?:fault|mistake|error))\\b",
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
    "(?:because|since) you (?:didn't|did not|failed|forgot|ignored|missed|skipped)\\b",
    '(?:before|when) \\w+ing(?: \\w+)? next time\\b',
    '(?:next time|in (?:the )?future),? (?:please )?(?:make sure|check|read|remember|be sure)\\b',
    '(?:please )?(?:make sure|remember|be sure) (?:to|you) [^.!?\\n]{0,60}?\\b(?:in (?:the )?future|next time)\\b',
    "this (?:happens|is what happens) when (?:users|customers|people|you) (?:don't|do not|forget|fail|ignore)\\b",
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords('you your user users next future yourself');

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
  ],
});
