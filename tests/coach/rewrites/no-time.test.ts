import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// A promise keeps its words and gains a time: "soon" becomes "by [when]", or the sentence says when.
const TABLE: RewriteTable = [
  [
    'We’ll look into it.',
    ['We’ll look into it by [when].', 'We’ll look into it, and I’ll update you by [when] either way.'],
  ],
  ['Someone will be in touch.', ['Someone will be in touch by [when].', '[who] will be in touch by [when].']],
  [
    'The refund will be processed as soon as possible.',
    [
      'The refund will be processed by [when].',
      "The refund will be processed as soon as possible, and I'll update you by [when] either way.",
    ],
  ],
  ['Transfer request sent. Awaiting re-registration.', ["Awaiting re-registration, and I'll update you by [when]."]],
  ['Noted.', ["Noted, and I'll update you by [when]."]],
];

rewriteTable('a promise or a status with no time (uncertainty-vague-promise, uncertainty-no-eta)', TABLE);
