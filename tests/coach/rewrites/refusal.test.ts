import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// Refusals keep their honest "no" and gain a way forward; the refused action becomes what the agent will do.
const TABLE: RewriteTable = [
  [
    'Unfortunately we can’t refund items that were bought on sale.',
    [
      'We can’t refund items that were bought on sale, but I can [what you can do instead] by [when].',
      'Instead of refunding items that were bought on sale, I can [what you can do] by [when].',
    ],
  ],
  [
    'Hi Dana, I checked and we can’t refund the second charge.',
    [
      'Hi Dana, I checked and we can’t refund the second charge, but I can [what you can do instead] by [when].',
      'Hi Dana, I checked and we can’t refund the second charge, but [who can help] can, and I’ll pass this on by [when].',
    ],
  ],
  [
    'We don’t cancel orders over email.',
    [
      'We don’t cancel orders over email, but I can [what you can do instead] by [when].',
      'Instead of cancelling orders over email, I can [what you can do] by [when].',
    ],
  ],
  ['There’s nothing more I can do from here.', ['Here’s what I can still do: [what you can do], by [when].']],
  ['Our hands are tied on this one.', ["Here's what I can still do: [what you can do], by [when]."]],
  [
    'Resort fees are set by the hotel and that is out of our hands.',
    ["The hotel sets resort fees, and I'll take it up with them for you by [when]."],
  ],
  [
    'Unfortunately we have no control over the courier’s schedule.',
    [
      'We can’t change the courier’s schedule, but I can [what you can do instead] by [when].',
      'Instead of changing the courier’s schedule, I can [what you can do] by [when].',
    ],
  ],
];

rewriteTable('refusals (excuse-unfortunately, excuse-helpless, no-alternative)', TABLE);
