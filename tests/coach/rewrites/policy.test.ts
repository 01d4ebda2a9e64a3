import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// The rule book goes; what the rule means for the customer, and what the agent can do, stay.
const TABLE: RewriteTable = [
  [
    "It's our policy.",
    ["This rule is there to [what it protects for them], and here's what I can do: [what you can do], by [when]."],
  ],
  [
    'Per our policy, roadside costs are only covered when the tow is booked through our hotline.',
    [
      'Roadside costs are only covered when the tow is booked through our hotline, but I can [what you can do instead] by [when].',
      "Roadside costs are only covered when the tow is booked through our hotline, but [who can help] can, and I'll pass this on by [when].",
    ],
  ],
  [
    "It's against our policy to transfer seats between people.",
    [
      "We can't transfer seats between people, but I can [what you can do instead] by [when].",
      'Instead of transferring seats between people, I can [what you can do] by [when].',
    ],
  ],
  [
    "I'm not allowed to change seat assignments after check-in opens.",
    [
      "[who can help] can change seat assignments after check-in opens, and I'll ask them for you by [when].",
      "I can't change seat assignments after check-in opens, but I can [what you can do instead] by [when].",
    ],
  ],
  [
    "Company policy says invoices can't be edited after they're issued.",
    [
      "Invoices can't be edited after they're issued, but I can [what you can do instead] by [when].",
      "Invoices can't be edited after they're issued, but [who can help] can, and I'll pass this on by [when].",
    ],
  ],
  [
    "Unfortunately we can't extend trials because of our policy.",
    [
      "We can't extend trials, but I can [what you can do instead] by [when].",
      'Instead of extending trials, I can [what you can do] by [when].',
    ],
  ],
  [
    "Payment terms are 30 days and we don't make exceptions.",
    [
      "Payment terms are 30 days and we don't usually make exceptions, but I'll ask [who can help] about yours by [when].",
    ],
  ],
  [
    'In-game purchases are non-refundable as per the terms of service you agreed to.',
    [
      'In-game purchases are non-refundable, but I can [what you can do instead] by [when].',
      "In-game purchases are non-refundable, but [who can help] can, and I'll pass this on by [when].",
    ],
  ],
];

rewriteTable('policy given as the reason (excuse-policy)', TABLE);
