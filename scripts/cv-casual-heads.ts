/**
 * npx tsx scripts/cv-casual-heads.ts ['<heads JSON>' ['<L1 scales JSON>']]
 * A first sort of the casual expert's heads (train-casual-weights.ts), on fold 0 of train.tsv only
 * (row index mod 5; dev is never read): each head is one-vs-rest over a set of fine GoEmotions
 * labels, fitted as the casual config fits (elastic net, naive-Bayes scaling; learned cues left
 * out, so the words alone are compared), and read as the best F1 any cut reaches on the held-out
 * rows (gap-classifier.ts reads rankings the same way). COMBOS='{"union":["fine",...]}' (default:
 * frustration and sadness from their fine labels) also prints the fine heads combined by max, by
 * noisy-or, and the union's probability plus the max's. Numbers in train-config.ts (ninth pass).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bestCut } from '@/scripts/baseline-tfidf';
import { encode } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import { count, dataDir, prf } from '@/scripts/lib-goemotions';
import { CASUAL_CONFIG } from '@/scripts/train-config';

const DEFAULT_HEADS: Record<string, string[]> = {
  frustration: ['anger', 'annoyance'],
  anger: ['anger'],
  annoyance: ['annoyance'],
  sadness: ['sadness', 'grief', 'disappointment'],
  sad: ['sadness'],
  grief: ['grief'],
  disappointment: ['disappointment'],
};
const DEFAULT_COMBOS = { frustration: ['anger', 'annoyance'], sadness: ['sad', 'grief', 'disappointment'] };
// The casual config's per-class L1 (train-config.ts) for heads of that family; 1 for the rest.
const FAMILY_L1: Array<[string[], number]> = [
  [['sad', 'grief', 'disappointment'], 2 / 3],
  [['conf'], 1 / 3],
  [['grat'], 2],
];

function loadFine(): Array<{ text: string; fine: Set<string> }> {
  const names = readFileSync(path.resolve(dataDir, 'labels.txt'), 'utf8').trim().split('\n');
  return readFileSync(path.resolve(dataDir, 'train.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [text = '', ids = ''] = line.split('\t');
      return { text, fine: new Set(ids.split(',').map((id) => names[Number(id)]!)) };
    });
}

const l1ScaleOf = (head: string, given: Record<string, number>) =>
  given[head] ?? FAMILY_L1.find(([prefixes]) => prefixes.some((p) => head.startsWith(p)))?.[1] ?? 1;

const bestF1 = (scores: number[], gold: number[]) =>
  prf(
    count(
      scores.map((s) => s >= bestCut(scores, gold)),
      gold,
    ),
  ).f1.toFixed(3);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function main() {
  const headLabels = JSON.parse(process.argv[2] ?? 'null') ?? DEFAULT_HEADS;
  const scales = JSON.parse(process.argv[3] ?? '{}') as Record<string, number>;
  const heads = Object.keys(headLabels);
  const examples = loadFine().map((row) => ({
    text: row.text,
    labels: heads.map((h) => (headLabels[h].some((label: string) => row.fine.has(label)) ? 1 : 0)),
  }));
  const config = { ...CASUAL_CONFIG, learnedCues: [], keptFloors: [] };
  const elasticNet = { ...config.elasticNet!, l1Scale: heads.map((h) => l1ScaleOf(h, scales)) };
  const model = fit(
    encode(
      examples.filter((_, i) => i % 5 !== 0),
      config,
    ),
    { ...config, elasticNet },
    heads.length,
  );
  const held = examples.filter((_, i) => i % 5 === 0);
  const data = encode(held, config);
  // Scored as runModel scores: binary features, each row L2-normalised.
  const logits = held.map((_, row) => {
    const from = data.offsets[row]!;
    const to = data.offsets[row + 1]!;
    const value = 1 / Math.sqrt(Math.max(1, to - from));
    return heads.map((_, c) => {
      let z = model.bias[c]!;
      for (let k = from; k < to; k++) z += model.weights[data.buckets[k]! * heads.length + c]! * value;
      return z;
    });
  });
  const column = (h: string) => logits.map((l) => l[heads.indexOf(h)]!);
  const gold = (h: string) => held.map((e) => e.labels[heads.indexOf(h)]!);
  for (const h of heads) console.log(`${h} ${bestF1(column(h), gold(h))} (L1 x${l1ScaleOf(h, scales).toFixed(2)})`);
  const combos = JSON.parse(process.env.COMBOS ?? 'null') ?? DEFAULT_COMBOS;
  for (const [union, fine] of Object.entries(combos as Record<string, string[]>)) {
    if (!heads.includes(union)) continue;
    const fineOf = (i: number) => fine.map((h) => logits[i]![heads.indexOf(h)]!);
    const max = held.map((_, i) => Math.max(...fineOf(i)));
    const noisyOr = held.map((_, i) => 1 - fineOf(i).reduce((p, z) => p * (1 - sigmoid(z)), 1));
    const both = held.map((_, i) => sigmoid(max[i]!) + sigmoid(logits[i]![heads.indexOf(union)]!));
    const cells = [column(union), max, noisyOr, both].map((scores) => bestF1(scores, gold(union)));
    console.log(`${union}: union ${cells[0]} | max ${cells[1]} | noisy-or ${cells[2]} | union+max ${cells[3]}`);
  }
}

main();
