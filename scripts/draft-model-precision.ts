/**
 * npx tsx scripts/draft-model-precision.ts <drafts.jsonl>... [--list]
 * The learned second opinion's own precision, per category: of the findings a learned-* rule adds
 * (it speaks only where no rule found the category, lib/analysis/run-rules.ts), how many name a
 * problem the draft has, how many land on a draft with other problems only, and how many on a good
 * reply. Counted at the default sensitivity ('likely', what the agent sees) and at high ('possible'
 * too). eval-drafts.ts gives each category's precision with the rules mixed in; this is the
 * opinion's share of it, the figure its operating points' precision floors
 * (train-draft-model.ts) are meant to hold. `--list` prints each wrong finding on stderr.
 * Last line: JSON per sensitivity and category, {found, right}.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '@/lib/analysis';
import { DEFAULT_ENGINE_SETTINGS, PROBLEM_CATEGORIES, type Finding, type Sensitivity } from '@/lib/engine/types';
import { parseDraftCases, type DraftCase } from '@/scripts/eval-drafts';

export interface LearnedTally {
  found: number;
  right: number;
  /** On a draft with problems, none of them this category. */
  otherProblem: number;
  /** On a good reply. */
  goodReply: number;
}

const LEARNED = /^learned-/;

/** The problems the agent sees on a draft at `sensitivity`. */
export function shownAt(sensitivity: Sensitivity): (item: DraftCase) => Finding[] {
  return (item) =>
    analyze({
      customerMessages: item.customer ? [item.customer] : [],
      draft: item.draft,
      locale: 'en',
      settings: { ...DEFAULT_ENGINE_SETTINGS, sensitivity },
    }).findings;
}

/** Per category, the learned findings among those `findingsOf` gives on `cases`. */
export function tallyLearned(
  cases: readonly DraftCase[],
  findingsOf: (item: DraftCase) => Finding[],
  onWrong?: (item: DraftCase, category: string, words: string) => void,
): Record<string, LearnedTally> {
  const tally = Object.fromEntries(
    PROBLEM_CATEGORIES.map((category) => [category, { found: 0, right: 0, otherProblem: 0, goodReply: 0 }]),
  ) as Record<string, LearnedTally>;
  for (const item of cases) {
    const findings = findingsOf(item);
    const learned = new Map<string, string>();
    for (const finding of findings)
      if (finding.kind === 'problem' && LEARNED.test(finding.ruleId) && !learned.has(finding.category))
        learned.set(finding.category, finding.text);
    for (const [category, words] of learned) {
      const count = tally[category]!;
      count.found++;
      if ((item.expect as string[]).includes(category)) count.right++;
      else {
        if (item.expect.length === 0) count.goodReply++;
        else count.otherProblem++;
        onWrong?.(item, category, words);
      }
    }
  }
  return tally;
}

function main(): void {
  const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) throw new Error('usage: draft-model-precision <drafts.jsonl>... [--list]');
  const cases = files.flatMap((file) => parseDraftCases(readFileSync(resolve(file), 'utf8')));
  const list = process.argv.includes('--list');
  const summary: Record<string, Record<string, { found: number; right: number }>> = {};
  for (const sensitivity of ['medium', 'high'] as const) {
    const tally = tallyLearned(
      cases,
      shownAt(sensitivity),
      list && sensitivity === 'medium'
        ? (item, category, words) =>
            console.error(`${category}\t[${item.expect.join(',')}]\t${words}\t${item.draft.replace(/\s+/g, ' ')}`)
        : undefined,
    );
    console.log(`${cases.length} drafts, learned findings at ${sensitivity} sensitivity:`);
    console.log('  category          found right  other-problem good-reply  precision');
    let found = 0;
    let right = 0;
    summary[sensitivity] = {};
    for (const category of PROBLEM_CATEGORIES) {
      const t = tally[category]!;
      found += t.found;
      right += t.right;
      summary[sensitivity][category] = { found: t.found, right: t.right };
      const precision = t.found === 0 ? '-' : (t.right / t.found).toFixed(3);
      console.log(
        `  ${category.padEnd(16)} ${String(t.found).padStart(6)} ${String(t.right).padStart(5)} ${String(t.otherProblem).padStart(14)} ${String(t.goodReply).padStart(10)}  ${precision}`,
      );
    }
    console.log(
      `  all              ${String(found).padStart(6)} ${String(right).padStart(5)}  precision ${(right / Math.max(1, found)).toFixed(3)}`,
    );
  }
  console.log(JSON.stringify(summary));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
