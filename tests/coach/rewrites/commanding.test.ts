import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// The step stays, offered as the way forward, and the agent offers to take it where they can.
const TABLE: RewriteTable = [
  ["You'll have to wait 24 hours before trying again.", ['The next step is to wait 24 hours before trying again.']],
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
      'The next step is to fill in the cancellation form yourself.',
      "I can fill in the cancellation form for you, if you'd like.",
    ],
  ],
  // Bare orders and bans (issue 15): the step stays, offered as the next step; a name after "Just" keeps its capital.
  ['Ensure your device time is synced.', ['The next step is to ensure your device time is synced.']],
  ['Just Google the error code.', ['The next step is to Google the error code.']],
  ['Don’t bring it on the train.', ['It’s best not to bring it on the train.']],
];

rewriteTable('orders to the customer (commanding)', TABLE);
