/**
 * A quick before/after probe for engine work: `npx tsx tests/bench/ab-typing.ts`, run
 * alternately in two checkouts. Process CPU time (other load on the machine counts less
 * than in wall time) per analyze() of the engine bench's scenarios, as the median of
 * single calls: keystroke, same draft (every memo hits: the fixed cost of a call) and cold.
 */
import { analyze } from '@/lib/analysis';
import { clearTextMemos } from '@/lib/engine/text-memo';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { benchDraft, CUSTOMER, keystrokeDrafts } from '@/tests/bench/engine';

const BATCH = 250;
const BATCHES = 24;
const draft = benchDraft();
const base = { customerMessages: [CUSTOMER], draft, locale: 'en', settings: DEFAULT_ENGINE_SETTINGS };
const typing = keystrokeDrafts(draft, BATCH * (BATCHES + 2));

function medianBatch(run: (i: number) => void): number {
  const perCall: number[] = [];
  for (let i = 0; i < BATCH * (BATCHES + 2); i++) {
    const started = process.cpuUsage();
    run(i);
    const used = process.cpuUsage(started);
    // The first two batches warm up.
    if (i >= 2 * BATCH) perCall.push(used.user + used.system);
  }
  perCall.sort((a, b) => a - b);
  return perCall[perCall.length >> 1]!;
}

const keystroke = medianBatch((i) => analyze({ ...base, draft: typing[i]! }));
const same = medianBatch(() => analyze(base));
const cold = medianBatch(() => {
  clearTextMemos();
  analyze(base);
});
console.log(JSON.stringify({ keystroke, same, cold }));
