/**
 * npx tsx scripts/eval-typing-nag.ts <drafts.jsonl>...
 * Good replies as an agent types them: the sidebar judges each sentence as soon as it ends, so
 * a reply that is clean when finished can still draw a nudge on the way ("Sorry for the delay."
 * read as an excuse before the fix is written). For every good reply (`expect: []`) the engine
 * leaves clean, each prefix that ends a sentence is analysed; the share of replies where some
 * prefix shows a problem is printed, with the rules that spoke. Some of these are fair (a bare
 * "no" before its alternative is typed), most of the learned opinion's are not.
 * Three agents are replayed through the coach's own timing (lib/coach/problem-points.ts): one who
 * pauses after every sentence (a typing pause: each finished sentence is judged, and a judgement of
 * the whole reply only where the reply closes, lib/coach/draft-looks-finished.ts), one who rests long
 * after every sentence (the worst case: the whole reply is judged wherever it looks finished), and
 * one who types straight on (a sentence held until a later one is finished, the whole reply never).
 * Per rule and per category: the replies where it spoke at a pause. `--list` prints each prefix.
 * Last line: JSON (`share` the pausing agent, `resting` the long rests, `typingOn` the third).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '@/lib/analysis';
import { problemPoints } from '@/lib/coach/problem-points';
import { LONG_PAUSE_MS, TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';
import type { Finding } from '@/lib/engine/types';
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

/** The findings the coach would show at this moment (settled points), from a fresh ticket. */
function shown(found: Finding[], prefix: string, idleMs: number): Finding[] {
  return problemPoints(found, prefix, idleMs)
    .filter((point) => point.settled)
    .flatMap((point) => point.findings);
}

function count(map: Map<string, number>, keys: Iterable<string>) {
  for (const key of new Set(keys)) map.set(key, (map.get(key) ?? 0) + 1);
}

function main() {
  const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) throw new Error('usage: eval-typing-nag <drafts.jsonl>...');
  let clean = 0;
  let nagged = 0;
  let naggedResting = 0;
  let naggedTypingOn = 0;
  const byRule = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const byRuleResting = new Map<string, number>();
  for (const file of files) {
    for (const item of parseDraftCases(readFileSync(resolve(file), 'utf8'))) {
      if (item.expect.length > 0 || problems(item.draft, item.customer).length > 0) continue;
      clean++;
      const spoke: Finding[] = [];
      const spokeResting: Finding[] = [];
      let typingOn = false;
      for (const sentence of splitSentences(item.draft).slice(0, -1)) {
        const prefix = item.draft.slice(0, sentence.end);
        const found = problems(prefix, item.customer);
        if (found.length === 0) continue;
        const paused = shown(found, prefix, TYPING_PAUSE_MS);
        if (paused.length > 0 && spoke.length === 0 && process.argv.includes('--list'))
          console.error(`${paused.map((finding) => finding.ruleId).join(',')} | ${prefix}`);
        spoke.push(...paused);
        spokeResting.push(...shown(found, prefix, LONG_PAUSE_MS));
        if (shown(found, prefix, 0).length > 0) typingOn = true;
      }
      if (spoke.length > 0) nagged++;
      if (spokeResting.length > 0) naggedResting++;
      if (typingOn) naggedTypingOn++;
      count(
        byRule,
        spoke.map((finding) => finding.ruleId),
      );
      count(
        byCategory,
        spoke.map((finding) => finding.category),
      );
      count(
        byRuleResting,
        spokeResting.map((finding) => finding.ruleId),
      );
    }
  }
  const rate = (n: number) => (clean === 0 ? 0 : Math.round((n / clean) * 1000) / 1000);
  console.log(`${clean} good replies clean when finished; ${nagged} drew a nudge while being typed (${rate(nagged)})`);
  console.log(`  resting long after every sentence: ${naggedResting} (${rate(naggedResting)})`);
  console.log(
    `  typing straight on (a sentence held until the next is finished): ${naggedTypingOn} (${rate(naggedTypingOn)})`,
  );
  console.log('  by rule (at a typing pause; resting long):');
  const rules = [...new Set([...byRule.keys(), ...byRuleResting.keys()])];
  for (const id of rules.sort((a, b) => (byRule.get(b) ?? 0) - (byRule.get(a) ?? 0)))
    console.log(
      `    ${id.padEnd(26)} ${String(byRule.get(id) ?? 0).padStart(4)} ${String(byRuleResting.get(id) ?? 0).padStart(4)}`,
    );
  console.log('  by category (at a typing pause):');
  for (const [id, n] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`    ${id.padEnd(26)} ${n}`);
  console.log(
    JSON.stringify({
      clean,
      nagged,
      share: rate(nagged),
      resting: rate(naggedResting),
      typingOn: rate(naggedTypingOn),
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
