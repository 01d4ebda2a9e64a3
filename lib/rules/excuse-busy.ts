import { defineRule, report, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';
import { CAN_DO_CUE, CONTRAST_CUE, TIME_CUE } from '@/lib/rules/shared/cues';
import { findStaffingAndSeason } from '@/lib/rules/shared/our-side-states';

/**
 * Phrase list: our workload offered as the reason ("we're very busy", "high volume of
 * requests", "delays are to be expected"). Source: coaching seed 000 (we all feel depleted,
 * and that is ours to manage, not the customer's to absorb). "Thanks for waiting while we
 * were busy" is not matched: only workload presented as the explanation.
 */
const BUSY = phrasesAtWordStart(
  [
    "(?:we're|we are|we've been|we have been|the team is|our team is|the team has been|our team has been|everyone is|everyone's) (?:(?:very|really|extremely|incredibly|quite|a bit|so) )?(?:busy|short-staffed|understaffed|swamped|slammed|overwhelmed|inundated)\\b",
    '(?:experiencing|dealing with|due to|because of|receiving|seeing|handling|under) (?:an? )?(?:unusually |very |extremely )?(?:high|heavy|large|higher than usual|increased|unprecedented|huge|record) (?:call |email |chat |ticket |order |contact )?(?:volumes?|number|amount|demand)\\b',
    'delays are (?:to be )?expected\\b',
    '(?:due to|because of) (?:staff shortages|staffing|staff sickness|being short-staffed|the holidays)\\b',
    // Any team or person as the busy one: "our engineers are extremely busy", "they're swamped".
    '(?:our|the) (?:[\\w-]+ ){1,2}?(?:is|are|has been|have been) (?:(?:very|really|extremely|incredibly|quite|a bit|so|currently|just|fully|completely) ){0,2}(?:busy|short-staffed|understaffed|swamped|slammed|overwhelmed|inundated|stretched|snowed under|fully booked|booked up|overloaded|flat out|very behind|running behind)\\b',
    "(?:they're|they are|phones are|lines are) (?:(?:very|really|extremely|incredibly|quite|a bit|so|currently|just|fully|always) ){0,2}(?:busy|short-staffed|understaffed|swamped|slammed|overwhelmed|stretched|behind|fully booked|overloaded)\\b",
    '(?:dealing with|working through|have|has|got|there is|due to|because of|with) (?:a |an |the )?(?:big |huge |large |massive |bit of a )?backlog\\b',
    '(?:handles?|deals? with|gets?|receives?|processes) (?:hundreds|thousands|millions) (?:of \\w+ )?(?:a|per|every|each) (?:day|week|month)\\b',
    'staff (?:shortages|turnover|sickness) (?:is|are)\\b|short of staff\\b',
    // Any team: "Housekeeping were short-staffed that weekend", "the department is under-resourced".
    '(?:is|are|was|were) (?:currently |very |really |a bit |quite |badly |severely )?(?:short-staffed|understaffed|under-resourced|under-staffed)\\b',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'busy short understaffed resourced under swamped overwhelmed inundated volume volumes number amount demand expected shortages staffing sickness staffed holidays stretched snowed booked overloaded flat behind backlog slammed hundreds thousands millions turnover staff',
);

const meta: RuleMeta<'busy'> = {
  id: 'excuse-busy',
  category: 'excuse',
  description: 'Notices our workload given as the reason ("we\'re very busy", "high volume of requests").',
  messages: {
    en: {
      busy: {
        why: 'Our workload is our problem; to the customer it sounds like they are one ticket too many.',
        alternatives: [
          'Apologise for the wait in one line, then say when they will have an answer.',
          'Put the effort into the next step rather than the reason for the delay.',
        ],
      },
    },
  },
};

/**
 * "Sorry for the wait, we're very busy. I've found a slot with Ruth on Saturday at 9 am": the
 * busy line is only the apology's preface when the reply at once says who does what, and
 * when. Good replies by people who never saw these rules do this (issue 15); the excuse that
 * stands in for the answer ("Someone will get to yours", "I've passed your details on") names
 * no day or time. What counts: the rest of the sentence after a "but", and the next two sentences.
 */
function madeGoodRightAway(context: RuleContext, span: Span): boolean {
  const index = sentenceIndexAt(context.sentences, span.start);
  const sentence = context.sentences[index];
  if (!sentence) return false;
  const rest = context.lintable.slice(span.end, sentence.end);
  const contrast = CONTRAST_CUE.exec(rest);
  const following = context.sentences
    .slice(index + 1, index + 3)
    .map((next) => next.text)
    .join(' ');
  const after = `${contrast ? rest.slice(contrast.index) : ''} ${following}`;
  return CAN_DO_CUE.test(after) && TIME_CUE.test(after);
}

export default defineRule({
  meta,
  check: (context) => {
    const busy = matchAnchored(context, ANCHORS, BUSY).filter((span) => !madeGoodRightAway(context, span));
    const apart = (span: Span) => !busy.some((other) => span.start < other.end && other.start < span.end);
    return [
      ...busy.map((span) => report(meta, context, span.start, span.end, 'busy', 'certain')),
      // People away or the season as the reason, in a reply that then sets no step with a time.
      ...findStaffingAndSeason(context)
        .filter(apart)
        .map((span) => report(meta, context, span.start, span.end, 'busy', 'likely', 'reply')),
    ];
  },
});
