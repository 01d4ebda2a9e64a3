import { rewriteTable, type RewriteTable } from '@/tests/coach/rewrites/rewrite-helpers';

// Not knowing is fine once it says how and when the agent will find out; the workload becomes an apology and a time.
const TABLE: RewriteTable = [
  [
    "I don't know, it depends on the post.",
    ["I don't know yet, it depends on the post, but I'll find out [from whom] and reply by [when]."],
  ],
  ['No idea to be honest.', ["I don't know yet to be honest, but I'll find out [from whom] and reply by [when]."]],
  ['Someone will call you at some point.', ['Someone will call you by [when].']],
  ['I think so?', ["I think so, but I'll find out [from whom] and reply by [when]."]],
  ["We don't have an ETA yet.", ["We don't have an ETA yet, but I'll find out [from whom] and reply by [when]."]],
  [
    'We are very busy this week and short-staffed, so delays are to be expected.',
    ["Sorry for the wait; you'll have an answer from me by [when]."],
  ],
];

rewriteTable('not knowing, with no way to find out (uncertainty) and workload as the reason (excuse-busy)', TABLE);
