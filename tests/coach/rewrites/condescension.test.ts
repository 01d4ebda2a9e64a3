import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// The information stays; the judgement of the customer goes.
const TABLE: RewriteTable = [
  ['As I said in my last email, refunds take 5-7 business days.', ['Refunds take 5-7 business days.']],
  [
    "Like I told you yesterday, it's the USB-B cable that came in the box.",
    ["It's the USB-B cable that came in the box."],
  ],
  ['Orders ship within 3-5 business days as stated on our website.', ['Orders ship within 3-5 business days.']],
  [
    "Please calm down, shouting in capitals won't get your issue solved faster.",
    ["[what went wrong for them, in their words], and here's what I'm doing about it: [what you're doing], by [when]."],
  ],
  [
    "I understand you're upset but there's no need to be rude.",
    ["I understand you're upset, and here's what I'm doing about it: [what you're doing], by [when]."],
  ],
  ['Obviously the export button is in Settings.', ['The export button is in Settings.']],
  [
    "It's all explained in your contract.",
    ["Your contract covers this, and here's the short version: [the key point]."],
  ],
  ['Please read them carefully before using a code.', ["Here's the part that matters: [the key point]."]],
  ['Simply go to Account and click Cancel.', ['Go to Account and click Cancel.']],
  [
    "It's honestly super easy, just follow the quick start guide in the box.",
    ['Follow the quick start guide in the box.'],
  ],
  ["It's that easy.", ['Here are the steps: [first step], then [next step].']],
];

rewriteTable('talking down (condescension, condescension-simply)', TABLE);
