/**
 * Splits a labelled drafts file into train and dev by a fixed hash of each draft's text:
 * `npx tsx scripts/split-drafts.ts <in.jsonl> <out-dir>` writes <out-dir>/train.jsonl and
 * <out-dir>/dev.jsonl. One draft in five goes to dev. The split depends on the text alone,
 * so a corpus that grows keeps every earlier draft on the same side, and the dev side is
 * never read while tuning rules (quality.md 37: a set looked at for tuning is a training set).
 * Exact duplicate drafts are kept once.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordHash } from '@/lib/engine/word-index';

/** FNV-1a of the whole text (wordHash lower-cases ASCII, which is fine for a split). */
export function isDev(draft: string): boolean {
  return wordHash(draft) % 5 === 0;
}

function main(): void {
  const [input, outDir] = process.argv.slice(2);
  if (!input || !outDir) throw new Error('usage: split-drafts <in.jsonl> <out-dir>');
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
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'train.jsonl'), `${train.join('\n')}\n`);
  writeFileSync(join(outDir, 'dev.jsonl'), `${dev.join('\n')}\n`);
  console.log(`train ${train.length}, dev ${dev.length}`);
}

main();
