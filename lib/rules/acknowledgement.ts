import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';
import { onePerSentence } from '@/lib/rules/shared/one-per-sentence';
import { SEEN_SITUATIONS, SEEN_SITUATION_ANCHORS } from '@/lib/rules/shared/seen-situations';

/**
 * Good practice: naming what the customer is going through ("two weeks is far too long",
 * "waiting for a meal that never comes is awful", "you're right, you were charged twice").
 * Canned lines ("I understand your frustration", "sorry for any inconvenience") do not
 * count: they name no situation. Source: coaching seed 000 ("acknowledge what they are
 * going through") and the product rule "never a canned line".
 */
const FEELING =
  '(?:frustrating|maddening|stressful|upsetting|awful|annoying|worrying|exhausting|disappointing|heartbreaking|infuriating|scary|hard|difficult|not okay|not ok|unacceptable|far too long|too long|three too many|too many|the last thing you needed|a lot to deal with|no fun|a pain)';
// "never", "still not", "keeps" and "kept" say nothing until their verb comes ("never arrived",
// "keeps crashing"): without it the line would tick a word early, while the agent is still typing
// (walk 2026-12-07 #6), and a word being typed earns no tick (checklist-typing.ts).
const TROUBLE_DONE =
  "(?:(?:never|still (?:hasn't|has not|haven't|have not|isn't|is not|aren't|are not|not)|keeps|kept) \\w+|broke|failed|crashed|stopped working|disappeared|vanished|leaked|bounced|went missing|got lost|arrived (?:late|damaged|broken|open|opened|empty|incomplete|faulty|wet|crushed))";
const ACKNOWLEDGING = phrasesAtWordStart(
  [
    `(?:is|was|sounds|feels|must be|must have been|must feel|'s a|is a|was a|what a|such a) (?:so |really |truly |incredibly |very |just |completely |absolutely |far |such a |an? )?(?:\\w+ )?${FEELING}\\b`,
    "you(?:'re| are) (?:absolutely |completely |quite )?right\\b",
    // The feeling said of their situation as an exclamation ("how frustrating this is", "how
    // stressful it must have been"): QA 2026-12-07, a warm reply to an upset customer never read
    // as acknowledging, so the pre-send check never called it ready.
    `how (?:so |really |truly |incredibly |very )?${FEELING} (?:this|that|it|all this|all of this)(?: whole \\w+)? (?:is|was|has been|must be|must have been|must feel)\\b`,
    'you have every right to be\\b',
    "I (?:completely |totally |really |can )?understand why you(?:'re| are| were| feel)\\b",
    'you must be (?:so |really )?(?:worn out|exhausted|tired|frustrated|worried|fed up|upset|stressed)\\b',
    "(?:I'm|I am) (?:so |really |very |truly )?sorry (?:to hear (?:about|that)|(?:that )?you(?:'re|'ve| are| have| had| were)|(?:that )?your|about (?:your|the)(?! inconvenience)|for (?:the|your) loss)",
    // "Sorry the refund is not possible" is a "no" said kindly, not their trouble seen (qa6).
    "sorry (?:that )?(?:the |your |this |it )?(?:\\w+ ){0,2}(?:has|have|had|was|were|is|didn't|did not|went|got)\\b(?! caused| not (?:possible|available|allowed|permitted|refundable|eligible|something))",
    // An apology that names what went wrong for them: "so sorry the order never arrived", "sorry
    // your parcel arrived damaged", "sorry the app keeps crashing" (walk 2026-12-07 #3, item 2).
    // The thing is theirs or the one at hand (a determiner, then one or two words, or "it") and what
    // it did is trouble: never or still not happening, arriving wrong, breaking. Near misses stay out:
    // "Sorry for any inconvenience caused." names nothing, "sorry the policy doesn't allow it" is
    // a "no", so "doesn't", "can't" and "won't" are not trouble words.
    `sorry (?:that )?(?:(?:the|your|this|that|our) (?:\\w+ )?\\w+|it) ${TROUBLE_DONE}\\b`,
    "(?:that's|that is|it's|this is) not (?:okay|ok|acceptable|good enough)\\b",
    'should never have\\b',
    ...SEEN_SITUATIONS,
  ],
  'gi',
);
// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  `frustrating maddening stressful upsetting awful annoying worrying exhausting disappointing heartbreaking infuriating scary hard difficult okay ok unacceptable long many needed deal fun pain right understand must sorry acceptable enough never ${SEEN_SITUATION_ANCHORS}`,
);
const MAX_NOTICED = 2;

const meta: RuleMeta<'acknowledged'> = {
  id: 'acknowledgement',
  category: 'acknowledgement',
  description: "Notices the customer's situation named in specific words, not a canned sympathy line.",
  messages: {
    en: {
      acknowledged: {
        why: 'Naming what happened to them shows you read their message, not just the ticket.',
        alternatives: ['Keep it specific: their words, their situation.'],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    onePerSentence(context, matchAnchored(context, ANCHORS, ACKNOWLEDGING), MAX_NOTICED).map((span) =>
      report(meta, context, span.start, span.end, 'acknowledged', 'certain'),
    ),
});
