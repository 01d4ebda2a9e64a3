import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// What they should have done goes (hindsight as a tip still lectures) unless it carries a fact they need, said as
// help; what they did not do becomes what happened; the fix comes with it.
const TABLE: RewriteTable = [
  [
    'You should have checked the colour code on the product page.',
    ["Here's what I can do to put it right: [what you can do], by [when]."],
  ],
  [
    "You failed to enter the code before clicking Pay, so it wasn't applied.",
    ["It can help to enter the code before clicking Pay. Here's what I can do now: [what you can do]."],
  ],
  [
    "Your claim was rejected because you didn't submit the form within 30 days.",
    ["Your claim was rejected because the form wasn't submitted within 30 days."],
  ],
  [
    'You entered the wrong dates when you booked, so the reservation was made for June instead of July.',
    [
      "The dates were wrong when you booked, so the reservation was made for June instead of July, and here's what I can do to fix the dates: [what you can do], by [when].",
    ],
  ],
  ["That's user error and isn't covered.", ["That isn't covered."]],
  // QA 2026-12-07: "A tip for next time: check the tracking page before ordering again" still lectured.
  [
    'Hi Dana, you should have checked the tracking page before ordering again. That is why you were charged twice.',
    ["Here's what I can do to put it right: [what you can do], by [when]."],
  ],
  ["That's on your end, not ours.", ["Here's what I can do to put it right: [what you can do], by [when]."]],
  // The condition left alone once the verdict goes is no sentence: the fix comes instead.
  ["If it's been dropped, that's on you.", ["Here's what I can do to put it right: [what you can do], by [when]."]],
  [
    'Please make sure to check your spam folder in future.',
    ["It can help to check your spam folder. Here's what I can do now: [what you can do]."],
  ],
  ['You must have uploaded an old one.', ["Here's what I can do to put it right: [what you can do], by [when]."]],
  [
    'You should have been at the meeting point 15 minutes early.',
    ["It can help to be at the meeting point 15 minutes early. Here's what I can do now: [what you can do]."],
  ],
];

rewriteTable('the customer made the subject of the mistake (blame-customer)', TABLE);

// Someone else's failure, or the customer's own step, as the reason they went without (blame-implied): what
// they went without stays, said as ours to be sorry for; who failed goes (issue 15; the rest of the reply keeps the fix).
const WENT_WITHOUT: RewriteTable = [
  [
    'Sorry Kieran, the parts supplier sent the wrong part for your model, which is why it wasn’t ready.',
    ['I’m sorry it wasn’t ready; that’s on us.'],
  ],
  [
    'Your GP surgery didn’t send the prescription until this morning, so we haven’t had time to prepare it.',
    ['I’m sorry we haven’t had time to prepare it; that’s on us.'],
  ],
  [
    'Your application was received with the wrong fee, so it was held until payment was corrected.',
    ["I'm sorry it was held until payment was corrected. Here's what I can do now: [what you can do]."],
  ],
];

rewriteTable('a failure as the reason they went without (blame-implied)', WENT_WITHOUT);

// Quiet blame (quiet-blame.ts): a colleague singled out becomes what they went without, owned; the trouble
// cleared of us keeps the trouble, apologised for, and drops who is cleared.
const QUIET: RewriteTable = [
  [
    'The colleague you spoke to before didn’t log your call properly, which is why nobody came back to you.',
    ['I’m sorry nobody came back to you; that’s on us.'],
  ],
  [
    'P.S. The other department really should have told you all this at the time.',
    ["I'm sorry you weren't told all this at the time; that's on us."],
  ],
  [
    'P.S. For what it’s worth, the original delay was down to the courier, not us.',
    ['I’m sorry about the original delay. Here’s what I can do to put it right: [what you can do], by [when].'],
  ],
  [
    'Just so you know, Monday’s outage was caused by our payment processor, not us.',
    ['I’m sorry about Monday’s outage. Here’s what I can do to put it right: [what you can do], by [when].'],
  ],
  [
    'We sent you a review form in March, which wasn’t returned, so the claim was suspended.',
    ['I’m sorry the claim was suspended. Here’s what I can do now: [what you can do].'],
  ],
];

rewriteTable('quiet blame: a colleague singled out, the trouble cleared of us (blame-implied)', QUIET);

// Someone at our end made the culprit (staff-at-fault.ts): "we" takes their place and the sorry follows, so
// the company owns it; a "should have" is owned by the words themselves.
const STAFF: RewriteTable = [
  [
    'The waiter didn’t pass the allergy note to the kitchen.',
    ['We didn’t pass the allergy note to the kitchen. I’m sorry, that’s on us.'],
  ],
  ['Housekeeping should have caught it.', ["We should have caught it. I'm sorry."]],
  ['The driver never rang the bell.', ["We never rang the bell. I'm sorry, that's on us."]],
  ['Our warehouse packed the wrong size.', ["We packed the wrong size. I'm sorry, that's on us."]],
  ['The agent before me gave you the wrong date.', ["We gave you the wrong date. I'm sorry, that's on us."]],
  ['The technician hasn’t logged the visit.', ['We haven’t logged the visit. I’m sorry, that’s on us.']],
  [
    'That must have been a mistake by the agent you spoke to.',
    ["That must have been a mistake on our part. I'm sorry."],
  ],
  ['Whoever you spoke to in store should have told you.', ["I'm sorry you weren't told; that's on us."]],
];

rewriteTable('someone at our end made the culprit (blame-implied)', STAFF);

// Our person did their part, or the customer's step given as the reason, in a reply that does nothing for
// them (staff-at-fault.ts, quiet-blame.ts): the fact stands with what we do now; what they went without is
// said sorry for, and why goes.
const LANDS_ON_THEM: RewriteTable = [
  [
    'The driver rang twice and waited 5 minutes.',
    ["The driver rang twice and waited 5 minutes, and here's what I can do: [what you can do], by [when]."],
  ],
  [
    'Transport was cancelled because the application was not renewed by the 31 July deadline.',
    ["I'm sorry transport was cancelled. Here's what I can do now: [what you can do]."],
  ],
];

rewriteTable('it lands on the customer (blame-implied)', LANDS_ON_THEM);
