import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// Someone is in charge again: the tool's limit stays a fact, the agent says what they will do.
const TABLE: RewriteTable = [
  [
    "Our system doesn't allow address changes once an order is packed.",
    ["Here's what I can do about address changes once an order is packed: [what you can do], by [when]."],
  ],
  [
    "The system won't let me extend session times for individual users.",
    [
      "I can't extend session times for individual users, but I can [what you can do instead] by [when].",
      'Instead of extending session times for individual users, I can [what you can do] by [when].',
    ],
  ],
  ["Our system doesn't back up filters.", ["We don't back up filters, but I can [what you can do instead] by [when]."]],
  [
    "That's just how our system works, the export is limited to 10,000 rows.",
    ["The export is limited to 10,000 rows, and here's what I can still do: [what you can do], by [when]."],
  ],
  [
    'Orders are cancelled automatically by our fraud system if anything looks suspicious.',
    // Without the reason the statement is offered as it is (the learned second opinion, retrained
    // on 4,917 drafts, no longer reads it as an excuse), and with a way forward.
    [
      'Orders are cancelled automatically if anything looks suspicious.',
      "Orders are cancelled automatically if anything looks suspicious, and here's what I can do: [what you can do], by [when].",
    ],
  ],
  [
    "Seat numbers are assigned by the venue's ticketing system.",
    ["The venue's ticketing system assigns seat numbers, and I'll take it up with them for you by [when]."],
  ],
];

rewriteTable('the software as the reason (excuse-system)', TABLE);
