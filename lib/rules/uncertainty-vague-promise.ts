import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { anchoredShapes, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';
import { draftNamesTime, VAGUE_TIME } from '@/lib/rules/shared/vague-time';

/**
 * A promise with no time: "we'll look into it", "someone will be in touch", "should be sorted
 * soon", "we are investigating". People who never saw these rules call such replies vague far
 * more often than our "I don't know" shapes noticed (issue 15): the customer still has no idea
 * when they will hear back. A concrete time in the same or the next sentence ("I'll look into
 * it and reply by 3 pm", "engineers are working on it; I'll update you at 5") makes it a next
 * step, and is left alone. "Soon", "shortly", "ASAP" and "as soon as we can" are not times.
 */
const WHO =
  '(?:I|we|someone|somebody|one of (?:us|our \\w+)|a member of (?:the|our) (?:\\w+ )?team|(?:the|our|an?) (?:[\\w-]+ ){0,2}?(?:team|engineers?|technicians?|colleagues?|department|manager|specialists?|agents?|staff|people|folks)|they|he|she)';
const WILL = "(?:'ll|'d| will| would| shall| should| are going to| is going to| am going to|'m going to)";
const VAGUE_DEED =
  '(?:be in (?:touch|contact)|get (?:back )?in touch|get back to you|come back to you|let you know(?! (?:what|how) (?:they|he|she|the \\w+) (?:say|says|decide|decides|find|finds)| (?:if|whether)\\b)|revert|reach out|contact you|look into (?:it|this|that|the matter|the issue|things|your \\w+)|take a (?:closer )?look|have a look|look at (?:it|this|that)|investigate|sort (?:it|this|that|things)(?: out)?|get (?:it|this|that|things|you) sorted|keep you (?:updated|posted|informed|in the loop)|update you|follow up|deal with (?:it|this|that)|see what (?:we|I|they) can do|get (?:round |around )?to (?:it|this|that|you|your [\\w-]+)|pass (?:it|this|that|them|(?:your|the) [\\w-]+) on|do (?:our|my|their) best|be (?:looking|checking) into (?:it|this|that))';
const ONGOING =
  "(?:we're|we are|the team is|the \\w+ team (?:is|are)|engineers are|our (?:[\\w-]+ )?(?:team|engineers|technicians) (?:is|are)|they're|they are|(?:it|this|that|your \\w+)(?:'s| is) being) (?:currently |still |now |actively )?(?:looking into (?:it|this|that|the)|investigating|working on (?:it|this|that|a fix|the)|looked into|investigated|looked at|worked on|reviewed|dealt with|handled)\\b";
const SORTED =
  '(?:fixed|sorted|resolved|back(?: up| online| to normal)?|working(?: again)?|done|up and running|restored|sorted out|cleared|processed|dealt with|ok|okay|fine|with you|there)';
const SHAPES = anchoredShapes([
  [
    'touch contact back know revert reach look investigate sort sorted updated posted informed loop update follow deal see best looking checking pass get',
    `${WHO}${WILL} (?:(?:try to|aim to|hopefully|definitely|certainly|be sure to|endeavour to|look to) )?${VAGUE_DEED}\\b(?! (?:here|now|right now|with you now|(?:on|in) this call|(?:on|in) the call|(?:on|in) this chat|(?:on|in) the chat|on the line|while you wait|straight away|right away|today)\\b)`,
  ],
  ['looking investigating working looked investigated worked reviewed dealt handled', ONGOING],
  // "Should be sorted" hedges on its own; "will be sorted" only with a vague time. Only as the
  // clause's own statement: "restart the app and the features should be back" is a step's result.
  [
    'fixed sorted resolved back working done running restored cleared processed dealt ok okay fine with there',
    `(?<=^|[,;:]\\s|\\bbut\\s)(?:it|this|that|everything|things|(?:the|your) [\\w-]+)(?: hopefully)? (?:should|ought to)(?: hopefully)? be ${SORTED}\\b`,
  ],
  // "It'll come through", "it'll sort itself out": it will happen, nobody says when or who sees to it.
  [
    'through sort turn',
    "(?:it|this|that|they|everything)(?:'ll| will) (?:(?:probably|hopefully|definitely|still) )?(?:come through|sort itself out|sort themselves out|turn up)\\b",
  ],
  // "Please try later", "check back another time": the customer is sent away with no when.
  [
    'later another',
    '(?:try|check|call|come|ring|look) (?:again |back )?(?:later|another time)\\b(?! (?:today|tonight|this|on|at|in)\\b)',
  ],
  // "It'll be delivered when stock allows", "she'll respond when she can", "will be assessed when it
  // reaches the front of the queue": the time hangs on something nobody here controls or times.
  // A concrete event ("as soon as it arrives", "when it's ready") is a trigger and is left alone.
  [
    'allows allow permits permit can chance completed located found processed cleared lifted restored queue list area',
    `(?:(?:it|they|he|she|we|I|you)'ll|will)(?: [\\w'-]+){0,6}? (?:when|once|as soon as|whenever) (?:[\\w'-]+ ){0,5}?(?:allows?|permits?|(?:he|she|they|we|I|someone) (?:can|get a chance)|(?:is|are|has been|have been) (?:completed|located|found|processed|cleared|lifted|restored)|reaches (?:the (?:front|top) of the (?:queue|list)|your area))\\b`,
  ],
  [
    'soon shortly asap due possible can eventually stage near long timely earliest moment time chance ready whenever',
    `(?:will|(?:it|they|we|I|he|she|you|that|this)'ll|should|shall|hope to|aim to|going to)(?: [\\w'-]+){0,8}? ${VAGUE_TIME}\\b`,
  ],
]);

// An offer that waits on the customer: "if it still isn't there, let me know and I'll look into it".
const IF_OFFER = /\bif\b/i;

const meta: RuleMeta<'vague'> = {
  id: 'uncertainty-vague-promise',
  category: 'uncertainty',
  description: 'Notices a promise with no time ("we\'ll look into it", "someone will be in touch", "soon").',
  messages: {
    en: {
      vague: {
        why: 'A promise with no time still leaves the customer waiting without knowing for how long.',
        alternatives: [
          'Say who will do what next, and by when the customer will hear back.',
          'If you cannot give a time for the fix, give a time for your next update.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    matchAnchoredGroups(context, SHAPES)
      .filter((span) => {
        const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
        if (!sentence || IF_OFFER.test(context.lintable.slice(sentence.start, span.start))) return false;
        return !draftNamesTime(context);
      })
      .map((span) => report(meta, context, span.start, span.end, 'vague', 'likely')),
});
