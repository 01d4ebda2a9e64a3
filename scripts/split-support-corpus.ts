/**
 * npx tsx scripts/split-support-corpus.ts <part.jsonl>...
 * Rebuilds tests/fixtures/support-corpus/{train,dev}.jsonl from the corpus as delivered:
 * drops repeats (same normalised text; the first one is kept), checks every label is 0 or 1,
 * and splits by the hash of the text (lib-support-corpus.ts). Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  normaliseText,
  parseSupportMessages,
  splitOf,
  SUPPORT_CORPUS_DIR,
  SUPPORT_SIGNALS,
  type SupportMessage,
} from '@/scripts/lib-support-corpus';

function main() {
  const parts = process.argv.slice(2);
  if (parts.length === 0) {
    console.log('usage: npx tsx scripts/split-support-corpus.ts <part.jsonl>...');
    return;
  }
  const seen = new Set<string>();
  const kept: SupportMessage[] = [];
  let repeats = 0;
  for (const part of parts) {
    for (const message of parseSupportMessages(readFileSync(part, 'utf8'))) {
      for (const id of SUPPORT_SIGNALS) {
        if (message[id] !== 0 && message[id] !== 1) throw new Error(`${id} is not 0/1 in ${JSON.stringify(message)}`);
      }
      const key = normaliseText(message.text);
      if (seen.has(key)) {
        repeats++;
        continue;
      }
      seen.add(key);
      kept.push(message);
    }
  }
  for (const split of ['train', 'dev'] as const) {
    const rows = kept.filter((m) => splitOf(m.text) === split);
    const lines = rows.map(({ text, frustration, confusion, urgency, sadness, gratitude, channel }) =>
      JSON.stringify({ text, frustration, confusion, urgency, sadness, gratitude, channel }),
    );
    writeFileSync(path.resolve(SUPPORT_CORPUS_DIR, `${split}.jsonl`), lines.join('\n') + '\n');
    console.log(`${split}: ${rows.length} messages`);
  }
  console.log(`${repeats} repeats dropped`);
}

main();
