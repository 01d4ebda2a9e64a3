/**
 * Measures the draft rules on labelled replies: `npm run eval:drafts -- [file.jsonl]`.
 * Each line: {"draft": "...", "customer": "..." (optional), "expect": ["excuse", ...]}
 * listing the PROBLEM categories a good coach should flag ([] = a good reply that must
 * raise no problem). Prints per-category precision/recall, overall recall and the nag
 * rate; the last line is one JSON object for CI. `--misses` lists the lines it got wrong on stderr;
 * `--nags` lists, on stderr, each problem shown on a good reply: rule, flagged words, the draft.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '@/lib/analysis';
import {
  DEFAULT_ENGINE_SETTINGS,
  PROBLEM_CATEGORIES,
  type EngineSettings,
  type ProblemCategory,
} from '@/lib/engine/types';

export const DEFAULT_DRAFTS_FILE = 'tests/fixtures/drafts/drafts.jsonl';

export interface DraftCase {
  line: number;
  draft: string;
  customer?: string;
  expect: ProblemCategory[];
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
}

export interface DraftsScore {
  cases: number;
  recall: number;
  nag: number;
  categories: Record<ProblemCategory, CategoryScore>;
  misses: Array<{ line: number; missing: ProblemCategory[]; extra: ProblemCategory[] }>;
}

export function parseDraftCases(text: string): DraftCase[] {
  const cases: DraftCase[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const value = JSON.parse(raw) as { draft?: unknown; customer?: unknown; expect?: unknown };
    const expect = Array.isArray(value.expect) ? value.expect : null;
    if (typeof value.draft !== 'string' || !expect) throw new Error(`line ${index + 1}: needs "draft" and "expect"`);
    for (const category of expect) {
      if (!(PROBLEM_CATEGORIES as readonly unknown[]).includes(category)) {
        throw new Error(`line ${index + 1}: "${String(category)}" is not a problem category`);
      }
    }
    cases.push({
      line: index + 1,
      draft: value.draft,
      customer: typeof value.customer === 'string' ? value.customer : undefined,
      expect: expect as ProblemCategory[],
    });
  });
  return cases;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function scoreDrafts(cases: DraftCase[], settings: EngineSettings = DEFAULT_ENGINE_SETTINGS): DraftsScore {
  const categories = Object.fromEntries(
    PROBLEM_CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0, p: 1, r: 1 }]),
  ) as Record<ProblemCategory, CategoryScore>;
  const misses: DraftsScore['misses'] = [];
  let cleanCases = 0;
  let nagged = 0;
  for (const item of cases) {
    const { findings } = analyze({
      customerMessages: item.customer ? [item.customer] : [],
      draft: item.draft,
      locale: 'en',
      settings,
    });
    const flagged = new Set(findings.filter((f) => f.kind === 'problem').map((f) => f.category as ProblemCategory));
    const expected = new Set(item.expect);
    for (const category of PROBLEM_CATEGORIES) {
      const score = categories[category];
      if (expected.has(category) && flagged.has(category)) score.tp++;
      else if (expected.has(category)) score.fn++;
      else if (flagged.has(category)) score.fp++;
    }
    if (expected.size === 0) {
      cleanCases++;
      if (flagged.size > 0) nagged++;
    }
    const missing = [...expected].filter((c) => !flagged.has(c));
    const extra = [...flagged].filter((c) => !expected.has(c));
    if (missing.length > 0 || extra.length > 0) misses.push({ line: item.line, missing, extra });
  }
  let tp = 0;
  let fn = 0;
  for (const score of Object.values(categories)) {
    score.p = ratio(score.tp, score.tp + score.fp);
    score.r = ratio(score.tp, score.tp + score.fn);
    tp += score.tp;
    fn += score.fn;
  }
  return {
    cases: cases.length,
    recall: ratio(tp, tp + fn),
    nag: cleanCases === 0 ? 0 : nagged / cleanCases,
    categories,
    misses,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function formatReport(score: DraftsScore): string {
  const rows = PROBLEM_CATEGORIES.map((category) => {
    const s = score.categories[category];
    return `${category.padEnd(16)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${round(s.p).toFixed(3)}  ${round(s.r).toFixed(3)}`;
  });
  const summary = {
    recall: round(score.recall),
    nag: round(score.nag),
    categories: Object.fromEntries(
      PROBLEM_CATEGORIES.map((c) => [c, { p: round(score.categories[c].p), r: round(score.categories[c].r) }]),
    ),
  };
  return [
    `drafts: ${score.cases}`,
    'category           tp   fp   fn  precision recall',
    ...rows,
    `overall recall: ${round(score.recall).toFixed(3)}   nag rate (good replies with any problem): ${round(score.nag).toFixed(3)}`,
    JSON.stringify(summary),
  ].join('\n');
}

function main(): void {
  const file = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? DEFAULT_DRAFTS_FILE);
  const cases = parseDraftCases(readFileSync(file, 'utf8'));
  const score = scoreDrafts(cases);
  if (process.argv.includes('--misses')) {
    for (const miss of score.misses)
      console.error(`line ${miss.line}: missing [${miss.missing}] extra [${miss.extra}]`);
  }
  if (process.argv.includes('--nags')) listNags(cases);
  console.log(formatReport(score));
}

/** One stderr line per problem shown on a good reply, to group false findings by cause. */
function listNags(cases: DraftCase[]): void {
  for (const item of cases) {
    if (item.expect.length > 0) continue;
    const { findings } = analyze({
      customerMessages: item.customer ? [item.customer] : [],
      draft: item.draft,
      locale: 'en',
      settings: DEFAULT_ENGINE_SETTINGS,
    });
    for (const finding of findings.filter((f) => f.kind === 'problem'))
      console.error(`nag line ${item.line}\t${finding.ruleId}\t${finding.text}\t${item.draft}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
