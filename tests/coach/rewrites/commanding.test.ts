import { describe, expect, it } from 'vitest';
import { rewrite, rewriteTable, stillRaised, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// The step stays: asked for with its reason when it is the whole sentence, offered as a possibility inside a
// longer one, and the agent offers to take it where they can.
const TABLE: RewriteTable = [
  [
    "You'll have to wait 24 hours before trying again.",
    ['Could you wait 24 hours before trying again? That way, [what it does for them].'],
  ],
  // QA 2026-12-07: "The next step is to wait 5-7 days." was still an order, with no courtesy and no reason.
  ['Refund is processing. Wait 5-7 days.', ['Could you wait 5-7 days? That way, [what it does for them].']],
  // Sending the customer elsewhere is a hand-off first (excuse-deflection's point leads), so the agent takes it.
  ["You'll have to ask sales.", ["I'll check with sales for you and get back to you by [when]."]],
  [
    'Special meals must be requested at least 48 hours before departure.',
    ['You can request special meals at least 48 hours before departure.'],
  ],
  [
    "If it doesn't, you'll have to book an engineer visit online.",
    ["If it doesn't, you can book an engineer visit online."],
  ],
  [
    'You have to log out and back in, and you must use the same email address you booked with.',
    ['The next step is to log out and back in, and you can use the same email address you booked with.'],
  ],
  [
    "You'll need to fill in the cancellation form yourself.",
    [
      'Could you fill in the cancellation form? That way, [what it does for them].',
      "I can fill in the cancellation form for you, if you'd like.",
    ],
  ],
  // Bare orders and bans (issue 15): the step stays, asked for with its reason; a name after "Just" keeps its capital.
  [
    'Ensure your device time is synced.',
    ['Could you ensure your device time is synced? That way, [what it does for them].'],
  ],
  ['Just Google the error code.', ['Could you Google the error code? That way, [what it does for them].']],
  ['Don’t bring it on the train.', ['It’s best not to bring it on the train.']],
  // QA qa7: "I can contact your bank for you" promised what only the bank does; the agent offers what is theirs.
  [
    'You need to contact your bank.',
    [
      'Could you contact your bank? That way, [what it does for them].',
      "Your bank can [what they can do for you], and if they say it's on our side, reply here and I'll chase it.",
    ],
  ],
];

rewriteTable('orders to the customer (commanding)', TABLE);

describe('a rewrite never promises what a third party of theirs does', () => {
  it.each(['You need to contact your bank.', 'You must call your insurer.', "You'll have to ask your employer."])(
    '"%s"',
    (sentence) => {
      for (const rewritten of rewrite(sentence))
        expect(rewritten).not.toMatch(/\bI(?:'ll| will| can)\b[^.]*\byour (?:bank|insurer|employer)\b[^.]*for you/i);
    },
  );
});

// The table's own check must be able to fail: a rewrite that keeps the order raises it again.
describe('a rewrite that keeps the problem is caught', () => {
  it('an order left in the rewrite is raised again', () => {
    expect(stillRaised('Wait 5-7 days.', 'Wait 5-7 days, then check your account.')).not.toEqual([]);
    expect(stillRaised('Wait 5-7 days.', 'Could you wait 5-7 days? That way, [what it does for them].')).toEqual([]);
  });
});
