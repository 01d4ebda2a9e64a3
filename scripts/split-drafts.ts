/**
 * Splits a labelled drafts file into train and dev by a fixed hash of each draft's text:
 * `npx tsx scripts/split-drafts.ts <in.jsonl> <train.jsonl> <dev.jsonl>`. One draft in five
 * goes to dev. The split depends on the text alone,
 * so a corpus that grows keeps every earlier draft on the same side, and the dev side is
 * never read while tuning rules (quality.md 37: a set looked at for tuning is a training set).
 * Exact duplicate drafts are kept once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { wordHash } from '@/lib/engine/word-index';

/** FNV-1a of the whole text (wordHash lower-cases ASCII, which is fine for a split). */
export function isDev(draft: string): boolean {
  return wordHash(draft) % 5 === 0;
}

function main(): void {
  const [input, trainFile, devFile] = process.argv.slice(2);
  if (!input || !trainFile || !devFile) throw new Error('usage: split-drafts <in.jsonl> <train.jsonl> <dev.jsonl>');
  const seen = new Set<string>();
  const train: string[] = [];
  const dev: string[] = [];
  for (const line of readFileSync(input, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { draft } = JSON.parse(line) as { draft: string };
    if (seen.has(draft)) continue;
    seen.add(draft);
    (isDev(draft) ? dev : train).push(line);
  }
  writeFileSync(trainFile, `${train.join('\n')}\n`);
  writeFileSync(devFile, `${dev.join('\n')}\n`);
  console.log(`train ${train.length}, dev ${dev.length}`);
}

main();
