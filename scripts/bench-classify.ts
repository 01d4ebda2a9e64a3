/**
 * npx tsx scripts/bench-classify.ts — median time of scoreMessage and classifyMood on
 * typical support messages (the engine budget is 100 µs median per analyze call).
 */
import { classifyMood } from '@/lib/classify';
import { unpackModel } from '@/lib/classify/model';
import { PACKED_MODEL } from '@/lib/classify/model-weights.generated';
import { scoreMessage } from '@/lib/classify/score-message';

const unpackStart = performance.now();
unpackModel(PACKED_MODEL);
const unpackMs = performance.now() - unpackStart;

const MESSAGES = [
  'Hi, I ordered a blue jacket two weeks ago and it still has not arrived. The tracking page has not changed since Monday. Can you tell me where it is?',
  "This is the THIRD time I'm writing about being charged twice!!! I want my refund by Friday, I can't keep waiting for you people.",
  'Thanks so much for sorting this out so quickly, you have been really helpful.',
  "I'm confused, I don't understand which plan I'm on or why the invoice says something different from the website???",
];
const LONG = (MESSAGES[0]! + ' ').repeat(14).slice(0, 2000);

function median(run: () => void, rounds = 3000): number {
  for (let i = 0; i < 300; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]! * 1000;
}

// A distinct suffix per call defeats scoreMessage's small cache, like a customer message that changed.
let i = 0;
const fresh = (text: string) => `${text} ${i++}`;
const typical = median(() => scoreMessage(fresh(MESSAGES[i % MESSAGES.length]!)));
const long = median(() => scoreMessage(fresh(LONG)));
const moodFresh = median(() => classifyMood([...MESSAGES.slice(0, -1), fresh(MESSAGES.at(-1)!)]));
const moodCached = median(() => classifyMood(MESSAGES));
console.log(`model unpack on first use (once per page): ${unpackMs.toFixed(2)} ms`);
console.log(
  `scoreMessage, new typical message (${MESSAGES.map((m) => m.length).join('/')} chars): median ${typical.toFixed(1)} µs`,
);
console.log(`scoreMessage, new 2,000-char message: median ${long.toFixed(1)} µs`);
console.log(`classifyMood, 4 messages, latest one new: median ${moodFresh.toFixed(1)} µs`);
console.log(`classifyMood, same 4 messages again (draft keystroke): median ${moodCached.toFixed(1)} µs`);
