import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase list: our workload offered as the reason ("we're very busy", "high volume of
 * requests", "delays are to be expected"). Source: coaching seed 000 (we all feel depleted,
 * and that is ours to manage, not the customer's to absorb). "Thanks for waiting while we
 * were busy" is not matched: only workload presented as the explanation.
 */
const BUSY = phrasesAtWordStart(
  [
    "(?:we're|we are|we've been|we have been|the team is|our team is|the team has been|our team has been|everyone is|everyone's) (?:(?:very|really|extremely|incredibly|quite|a bit|so) )?(?:busy|short-staffed|understaffed|swamped|overwhelmed|inundated)\\b",
    '(?:experiencing|dealing with|due to|because of) (?:an? )?(?:unusually |very |extremely )?(?:high|heavy|large|higher than usual|increased) (?:volume|number|amount|demand)\\b',
    'delays are (?:to be )?expected\\b',
    '(?:due to|because of) (?:staff shortages|being short-staffed|the holidays)\\b',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'busy short understaffed swamped overwhelmed inundated volume number amount demand expected shortages staffed holidays',
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

export default defineRule({
  meta,
  check: (context) =>
    matchAnchored(context, ANCHORS, BUSY).map((span) => report(meta, context, span.start, span.end, 'busy', 'certain')),
});
