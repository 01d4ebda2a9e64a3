/**
 * npx tsx scripts/eval-signals.ts [train|dev|file.jsonl] [--signal urgency --errors]
 * Precision and recall of each signal at the hint or above on one split of the support corpus,
 * scored through the shipped path (classifyMood on one message, as the sidebar does). Tune on
 * train only; dev is held out (tests/fixtures/support-corpus/README.md). A .jsonl file whose
 * lines carry "signals": [...] (the retired blind-3 customers) is scored the same way. --errors
 * prints one signal's misses and false alarms (on stderr) with the words the chip would quote.
 * The last line is one JSON object: {signal: {"n","pos","p","r"}}.
 */
import { readFileSync } from 'node:fs';
import { classifyMood } from '@/lib/classify';
import { count, prf, round3 } from '@/scripts/lib-goemotions';
import {
  loadSupportSplit,
  parseSupportMessages,
  SUPPORT_SIGNALS,
  type SupportMessage,
  type SupportSplit,
} from '@/scripts/lib-support-corpus';

const args = process.argv.slice(2);
const split = (args.find((a) => a === 'train' || a === 'dev') ?? 'train') as SupportSplit;
const signalAt = args.indexOf('--signal');
const focus = signalAt >= 0 ? args[signalAt + 1] : undefined;
const file = args.find((a) => a.endsWith('.jsonl'));

/** A line labelled with a list of signals becomes the corpus's 0/1 per signal. */
function fromFile(path: string): SupportMessage[] {
  return parseSupportMessages(readFileSync(path, 'utf8')).map((line) => {
    const listed = (line as unknown as { signals?: string[] }).signals;
    if (!listed) return line;
    const labels = Object.fromEntries(SUPPORT_SIGNALS.map((id) => [id, listed.includes(id) ? 1 : 0]));
    return { ...line, ...labels } as SupportMessage;
  });
}

const messages = file ? fromFile(file) : loadSupportSplit(split);
const moods = messages.map((m) => classifyMood([m.text]));
const result: Record<string, { n: number; pos: number; p: number; r: number }> = {};
for (const id of SUPPORT_SIGNALS) {
  const shown = moods.map((mood) => mood.signals[id].level !== 'none');
  const gold = messages.map((m) => m[id]);
  const { p, r } = prf(count(shown, gold));
  result[id] = { n: messages.length, pos: gold.filter(Boolean).length, p: round3(p), r: round3(r) };
  console.log(`${id.padEnd(12)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  (${result[id].pos} of ${messages.length})`);
  if (id !== focus || !args.includes('--errors')) continue;
  messages.forEach((m, i) => {
    if (shown[i] === Boolean(m[id])) return;
    const quoted = moods[i]!.signals[id].evidence.map((e) => e.text).join(' | ');
    console.error(`${shown[i] ? 'FALSE' : 'MISS '} ${quoted ? `[${quoted}] ` : ''}${m.text.replace(/\s+/g, ' ')}`);
  });
}
console.log(JSON.stringify(result));
