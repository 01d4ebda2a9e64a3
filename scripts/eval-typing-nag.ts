/**
 * npx tsx scripts/eval-typing-nag.ts <drafts.jsonl>...
 * Good replies as an agent types them: the sidebar judges each sentence as soon as it ends, so
 * a reply that is clean when finished can still draw a nudge on the way ("Sorry for the delay."
 * read as an excuse before the fix is written). For every good reply (`expect: []`) the engine
 * leaves clean, each prefix that ends a sentence is analysed; the share of replies where some
 * prefix shows a problem is printed, with the rules that spoke. Some of these are fair (a bare
 * "no" before its alternative is typed), most of the learned opinion's are not.
 * Two agents are replayed: one who pauses after every sentence (each finished sentence is judged,
 * the worst case), and one who types straight on (the coach holds a sentence until a later one is
 * finished: lib/coach/sentence-around.ts). Last line: JSON (`share` is the first, `typingOn` the second).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '@/lib/analysis';
import { sentenceJudged } from '@/lib/coach/sentence-around';
import { splitSentences } from '@/lib/engine/sentences';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { parseDraftCases } from '@/scripts/eval-drafts';

function problems(draft: string, customer: string | undefined) {
  const { findings } = analyze({
    customerMessages: customer ? [customer] : [],
    draft,
    locale: 'en',
    settings: DEFAULT_ENGINE_SETTINGS,
  });
  return findings.filter((finding) => finding.kind === 'problem');
}

function main() {
  const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) throw new Error('usage: eval-typing-nag <drafts.jsonl>...');
  let clean = 0;
  let nagged = 0;
  let naggedTypingOn = 0;
  const byRule = new Map<string, number>();
  for (const file of files) {
    for (const item of parseDraftCases(readFileSync(resolve(file), 'utf8'))) {
      if (item.expect.length > 0 || problems(item.draft, item.customer).length > 0) continue;
      clean++;
      let pausing = false;
      let typingOn = false;
      for (const sentence of splitSentences(item.draft).slice(0, -1)) {
        const prefix = item.draft.slice(0, sentence.end);
        const found = problems(prefix, item.customer);
        if (found.length === 0) continue;
        if (!pausing) {
          pausing = true;
          for (const id of new Set(found.map((finding) => finding.ruleId))) byRule.set(id, (byRule.get(id) ?? 0) + 1);
          if (process.argv.includes('--list'))
            console.error(`${found.map((finding) => finding.ruleId).join(',')} | ${prefix}`);
        }
        if (found.some((finding) => sentenceJudged(prefix, finding, 0))) typingOn = true;
      }
      if (pausing) nagged++;
      if (typingOn) naggedTypingOn++;
    }
  }
  const rate = (n: number) => (clean === 0 ? 0 : Math.round((n / clean) * 1000) / 1000);
  console.log(`${clean} good replies clean when finished; ${nagged} drew a nudge while being typed (${rate(nagged)})`);
  console.log(
    `  typing straight on (a sentence held until the next is finished): ${naggedTypingOn} (${rate(naggedTypingOn)})`,
  );
  for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(26)} ${n}`);
  console.log(JSON.stringify({ clean, nagged, share: rate(nagged), typingOn: rate(naggedTypingOn) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
