import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// The put-down goes, the information stays; a sentence that was only the put-down gives way to the answer.
const TABLE: RewriteTable = [
  ['Prices rise each April, as stated on every bill.', ['Prices rise each April.']],
  ['What’s confusing?', ['Here’s the short answer: [the answer, in plain words].']],
  // Quiet forms: the repetition, the exasperation and the comparison go; the fact is kept.
  ['Just to reiterate, refunds take 5 days.', ['Refunds take 5 days.']],
  ['Zone numbers are displayed on every single sign.', ['Zone numbers are displayed on every sign.']],
  ['Many customers forget that heating uses more in winter.', ['Heating uses more in winter.']],
  [
    'The refund timeline is on the cancellation page, which I’d suggest you read.',
    ['The refund timeline is on the cancellation page.'],
  ],
  ['Per my email of 4 March, the bill is not wrong.', ['The bill is not wrong.']],
];

rewriteTable('"you were told" and "everyone else manages" (condescension-told-you)', TABLE);

// Our records as the verdict: the fact stays, the verdict goes, and the agent's part follows.
rewriteTable('blame by implication (blame-implied)', [
  [
    'Our records show the parcel was delivered on 12 May.',
    ["The parcel was delivered on 12 May, and here's what I can do: [what you can do], by [when]."],
  ],
]);

// Another party's doing: the sentence stays and the agent's part follows.
rewriteTable("someone else's doing as the whole answer (excuse-someone-else)", [
  [
    'Branch closures are decided centrally.',
    ["Branch closures are decided centrally, and here's what I can do: [what you can do], by [when]."],
  ],
]);
