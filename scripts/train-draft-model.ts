/**
 * `npm run train:drafts` — trains the learned second opinion on drafts (lib/rules/learned-*.ts):
 * one elastic-net logistic regression per problem category over the sentence features of
 * lib/rules/shared/draft-model-features.ts, and writes small integer weights to
 * lib/rules/shared/draft-model-weights.generated.ts.
 *
 * Training data is the project's own writing only: the labelled drafts in
 * tests/fixtures/drafts/*.jsonl and tests/fixtures/drafts/train/*.jsonl. The dev split
 * (tests/fixtures/drafts/corpus-dev.jsonl) is never read here.
 *
 * Operating points come from 5-fold out-of-fold scores, counted only on drafts where no rule
 * found the category (the model speaks only then), separately for replies that offer
 * something and replies that offer nothing: 'likely' is the lowest logit whose added findings
 * are right at least LIKELY_PRECISION of the time and nag at most MAX_NAG of the good replies;
 * 'possible' the same at POSSIBLE_PRECISION. Deterministic: folds by line order.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { buildContext } from '@/lib/analysis/context';
import { runRules } from '@/lib/analysis/run-rules';
import { DEFAULT_ENGINE_SETTINGS, MOOD_SIGNALS, PROBLEM_CATEGORIES, type Mood } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';
import { draftOffersSomething } from '@/lib/rules/shared/cues';
import {
  opinionOf,
  scoreSentence,
  unpackDraftModel,
  type OperatingPoints,
  type PackedDraftModel,
} from '@/lib/rules/shared/draft-model';
import { sentenceFeatures } from '@/lib/rules/shared/draft-model-features';
import type { Encoded } from '@/scripts/classifier-training';
import { quantise } from '@/scripts/classifier-training';
import { trainElasticNet } from '@/scripts/elastic-net-training';

const repoRoot = path.resolve(import.meta.dirname, '..');
const OUTPUT = path.join(repoRoot, 'lib/rules/shared/draft-model-weights.generated.ts');
const FIXTURES = path.join(repoRoot, 'tests/fixtures/drafts');

export const DRAFT_MODEL_CONFIG = {
  hashBits: 16,
  l1: Number(process.env.L1 ?? 0.0002),
  l2: Number(process.env.L2 ?? 0.0005),
  iterations: 150,
  alpha: 1,
  levels: 17,
  folds: 5,
};
/**
 * How often an added finding must be right. A reply that offers nothing at all nearly always
 * has a problem (93% in the labelled drafts), so a finding there risks naming the wrong
 * problem, not nagging a good reply; the bar is lower there.
 */
const LIKELY_PRECISION = { offering: 0.85, bare: 0.7 };
const POSSIBLE_PRECISION = { offering: 0.7, bare: 0.5 };
/** Share of good replies (no problem expected) the second opinion may add a finding to, per category. */
const MAX_NAG = 0.004;

interface Draft {
  draft: string;
  customer?: string;
  expect: string[];
}

function loadTrainingDrafts(): Draft[] {
  const files = [
    ...readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.jsonl') && name !== 'corpus-dev.jsonl')
      .map((name) => path.join(FIXTURES, name)),
    ...readdirSync(path.join(FIXTURES, 'train'))
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => path.join(FIXTURES, 'train', name)),
  ].sort();
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Draft),
  );
}

const calm: Mood = {
  signals: Object.fromEntries(
    MOOD_SIGNALS.map((id) => [id, { id, score: 0, level: 'none', evidence: [] }]),
  ) as unknown as Mood['signals'],
  upset: false,
  trend: 'steady',
};

function contextOf(item: Draft) {
  return buildContext({
    draft: item.draft,
    customerMessages: item.customer ? [item.customer] : [],
    mood: calm,
    settings: DEFAULT_ENGINE_SETTINGS,
    locale: 'en',
  });
}

function encode(drafts: Draft[], bucketMask: number): Encoded {
  const offsets = new Int32Array(drafts.length + 1);
  const buckets: number[] = [];
  drafts.forEach((item, row) => {
    for (const sentence of contextOf(item).sentences) {
      sentenceFeatures(sentence.text, (hash) => buckets.push(hash & bucketMask));
    }
    offsets[row + 1] = buckets.length;
  });
  return {
    offsets,
    buckets: Int32Array.from(buckets),
    labels: drafts.map((item) => PROBLEM_CATEGORIES.map((c) => (item.expect.includes(c) ? 1 : 0))),
    // Every labelled draft counts the same.
    weights: new Float64Array(drafts.length).fill(1),
  };
}

function subset(data: Encoded, rows: number[]): Encoded {
  const offsets = new Int32Array(rows.length + 1);
  const buckets: number[] = [];
  rows.forEach((row, i) => {
    for (let k = data.offsets[row]!; k < data.offsets[row + 1]!; k++) buckets.push(data.buckets[k]!);
    offsets[i + 1] = buckets.length;
  });
  return {
    offsets,
    buckets: Int32Array.from(buckets),
    labels: rows.map((row) => data.labels[row]!),
    weights: Float64Array.from(rows, (row) => data.weights[row]!),
  };
}

const NO_POINTS: OperatingPoints = { possible: [], likely: [] };

function pack(
  weights: Float32Array,
  bias: Float32Array,
  offering: OperatingPoints = NO_POINTS,
  bare: OperatingPoints = NO_POINTS,
): PackedDraftModel {
  const classes = PROBLEM_CATEGORIES.length;
  const { scales, bytes } = quantise(weights, classes, DRAFT_MODEL_CONFIG.levels);
  const hashSize = 1 << DRAFT_MODEL_CONFIG.hashBits;
  const buckets: string[] = [];
  const levels: string[] = [];
  for (let c = 0; c < classes; c++) {
    const gaps: string[] = [];
    let digits = '';
    let previous = -1;
    for (let bucket = 0; bucket < hashSize; bucket++) {
      const level = bytes[bucket * classes + c]!;
      if (level === 0) continue;
      gaps.push((bucket - previous - 1).toString(36));
      digits += (level + DRAFT_MODEL_CONFIG.levels).toString(36);
      previous = bucket;
    }
    buckets.push(gaps.join(','));
    levels.push(digits);
  }
  return {
    categories: PROBLEM_CATEGORIES,
    hashBits: DRAFT_MODEL_CONFIG.hashBits,
    bias: [...bias].map((b) => Number(b.toFixed(4))),
    scales,
    levels: DRAFT_MODEL_CONFIG.levels,
    buckets,
    weights: levels,
    offering,
    bare,
  };
}

/** Logits of each draft under a packed model, through the shipped scoring path. */
function shippedLogits(packed: PackedDraftModel, drafts: Draft[]): number[][] {
  const table = unpackDraftModel(packed);
  return drafts.map((item) => {
    const scores = contextOf(item).sentences.map((sentence) => scoreSentence(table, sentence.text));
    return opinionOf(packed, scores).logits;
  });
}

/** Categories each draft's rules already found (the second opinion stays silent on those). */
function ruleCategories(drafts: Draft[]): Array<Set<string>> {
  const firstOpinion = RULES.filter((rule) => !rule.meta.secondOpinion);
  return drafts.map((item) => {
    const found = runRules(firstOpinion, contextOf(item)).filter((finding) => finding.kind === 'problem');
    return new Set(found.map((finding) => finding.category));
  });
}

/** The lowest logit where findings added on rule-silent drafts are precise enough and nag little. */
function operatingPoint(logits: number[], gold: number[], clean: boolean[], silent: boolean[], precision: number) {
  const order = logits
    .map((logit, i) => ({ logit, gold: gold[i]!, clean: clean[i]! }))
    .filter((_, i) => silent[i])
    .sort((a, b) => b.logit - a.logit);
  const cleanCount = clean.filter(Boolean).length;
  let tp = 0;
  let nag = 0;
  let point = Infinity;
  order.forEach((row, i) => {
    tp += row.gold;
    if (row.clean) nag++;
    const next = order[i + 1];
    if (next && next.logit === row.logit) return;
    if (i + 1 >= 5 && tp / (i + 1) >= precision && nag / cleanCount <= MAX_NAG) {
      point = next ? (row.logit + next.logit) / 2 : row.logit - 1e-3;
    }
  });
  return Number.isFinite(point) ? Number(point.toFixed(3)) : 99;
}

async function main(): Promise<void> {
  const drafts = loadTrainingDrafts();
  const hashSize = 1 << DRAFT_MODEL_CONFIG.hashBits;
  const data = encode(drafts, hashSize - 1);
  const classes = PROBLEM_CATEGORIES.length;
  const { l1, l2, iterations, alpha, folds } = DRAFT_MODEL_CONFIG;
  const fit = (part: Encoded) => trainElasticNet(part, hashSize, classes, { l1, l2, iterations }, alpha);

  // Out-of-fold logits through the shipped (quantised) scoring path.
  const oof: number[][] = new Array(drafts.length);
  for (let fold = 0; fold < folds; fold++) {
    const trainRows = drafts.map((_, i) => i).filter((i) => i % folds !== fold);
    const testRows = drafts.map((_, i) => i).filter((i) => i % folds === fold);
    const model = fit(subset(data, trainRows));
    const packed = pack(model.weights, model.bias);
    const logits = shippedLogits(
      packed,
      testRows.map((i) => drafts[i]!),
    );
    testRows.forEach((row, k) => (oof[row] = logits[k]!));
  }
  const found = ruleCategories(drafts);
  const clean = drafts.map((item) => item.expect.length === 0);
  const offers = drafts.map((item) => draftOffersSomething(contextOf(item)));
  const groups = { offering: offers, bare: offers.map((offer) => !offer) };
  const points = {
    offering: { possible: [] as number[], likely: [] as number[] },
    bare: { possible: [] as number[], likely: [] as number[] },
  };
  PROBLEM_CATEGORIES.forEach((category, c) => {
    const gold = drafts.map((item) => (item.expect.includes(category) ? 1 : 0));
    const logits = oof.map((row) => row[c]!);
    const missed = gold.filter((g, i) => g && !found[i]!.has(category)).length;
    const summary: string[] = [];
    for (const [name, member] of Object.entries(groups) as Array<[keyof typeof groups, boolean[]]>) {
      // The model speaks only where no rule found the category, and only in its group.
      const silent = found.map((set, i) => !set.has(category) && member[i]!);
      const likely = operatingPoint(logits, gold, clean, silent, LIKELY_PRECISION[name]);
      const possible = Math.min(likely, operatingPoint(logits, gold, clean, silent, POSSIBLE_PRECISION[name]));
      points[name].likely.push(likely);
      points[name].possible.push(possible);
      let added = 0;
      let right = 0;
      let nag = 0;
      logits.forEach((logit, i) => {
        if (!silent[i] || logit < likely) return;
        added++;
        right += gold[i]!;
        if (clean[i]) nag++;
      });
      summary.push(`${name}: adds ${added} (${right} right, ${nag} on good replies)`);
      if (process.env.EXPLORE) {
        const rows = logits
          .map((logit, i) => ({ logit, gold: gold[i]!, clean: clean[i]! }))
          .filter((_, i) => silent[i])
          .sort((a, b) => b.logit - a.logit);
        const report: string[] = [];
        for (const k of [10, 20, 40, 60, 80, 100, 150]) {
          const top = rows.slice(0, k);
          report.push(`top${k}: ${top.filter((r) => r.gold).length} right, ${top.filter((r) => r.clean).length} clean`);
        }
        console.log(`  ${category} ${name} (${rows.length} silent): ${report.join(' | ')}`);
      }
    }
    console.log(
      `${category.padEnd(15)} rules missed ${String(missed).padStart(4)}; out of fold, at 'likely': ${summary.join('; ')}`,
    );
  });

  const model = fit(data);
  const packed = pack(model.weights, model.bias, points.offering, points.bare);
  const source = [
    '// GENERATED by scripts/train-draft-model.ts (npm run train:drafts): do not edit by hand.',
    "// Trained on the project's own labelled drafts (tests/fixtures/drafts); int8 weights.",
    "import type { PackedDraftModel } from '@/lib/rules/shared/draft-model';",
    '',
    `export const DRAFT_MODEL: PackedDraftModel = ${JSON.stringify(packed)};`,
    '',
  ].join('\n');
  const options = { ...(await prettier.resolveConfig(OUTPUT)), filepath: OUTPUT };
  const formatted = await prettier.format(source, options);
  writeFileSync(OUTPUT, formatted);
  const used = packed.weights.reduce((sum, w) => sum + w.length, 0);
  console.log(
    `wrote ${path.relative(repoRoot, OUTPUT)}: ${used} weights, ${formatted.length} bytes, ${gzipSync(formatted).length} bytes gzip`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) void main();
