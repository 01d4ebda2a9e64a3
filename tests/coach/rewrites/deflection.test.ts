import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// The agent owns the hand-off; the party they named (finance, the courier, the bank) stays.
const TABLE: RewriteTable = [
  ["That's not my department.", ["I'll take this up with [who can help] for you and update you by [when]."]],
  [
    'Refunds are handled by finance, not support.',
    ["Finance handles refunds, and I'll take it up with them for you by [when]."],
  ],
  // Their own bank acts only for them (QA qa7): the agent offers to chase it, not to take it up with the bank.
  [
    'Currency is determined by your bank, not by us.',
    ["Your bank determines currency, and if they say it's on our side, reply here and I'll chase it."],
  ],
  [
    "We're just the marketplace, the seller is responsible for shipping.",
    ["I'll take this up with the seller for you and update you by [when]."],
  ],
  ["It's a bank-side issue.", ["I'll take this up with the bank for you and update you by [when]."]],
  [
    "We're not responsible for what happens after the courier marks a parcel as delivered, that's between you and the courier.",
    [
      "I'll help with what happens after the courier marks a parcel as delivered, and I'll take it up with them for you by [when].",
    ],
  ],
];

rewriteTable('passing the problem elsewhere (excuse-deflection)', TABLE);
