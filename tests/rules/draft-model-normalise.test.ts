import { describe, expect, it } from 'vitest';
import { PROBLEM_CATEGORIES } from '@/lib/engine/types';
import { opinionOf, type PackedDraftModel, type SentenceScore } from '@/lib/rules/shared/draft-model';
import type { Encoded } from '@/scripts/classifier-training';
import { trainElasticNet } from '@/scripts/elastic-net-training';

const classes = PROBLEM_CATEGORIES.length;
const model = (normalise?: 'sentence'): PackedDraftModel => ({
  categories: PROBLEM_CATEGORIES,
  hashBits: 4,
  bias: new Array<number>(classes).fill(0),
  scales: new Array<number>(classes).fill(1),
  levels: 1,
  buckets: new Array<string>(classes).fill(''),
  weights: new Array<string>(classes).fill(''),
  offering: { possible: [], likely: [] },
  bare: { possible: [], likely: [] },
  ...(normalise ? { normalise } : {}),
});
const score = (first: number, count: number): SentenceScore => {
  const sums = new Float32Array(classes);
  sums[0] = first;
  return { sums, count };
};
const nothing = score(0, 0);
const flawed = score(2, 4);
const warm = score(0, 16);

describe('the learned opinion, one flawed sentence among good ones (draft-model.ts opinionOf)', () => {
  it("scales each sentence by its own length: three good sentences around it leave the flawed one's weight", () => {
    const alone = opinionOf(model('sentence'), [flawed], nothing).logits[0]!;
    const inAnEmail = opinionOf(model('sentence'), [warm, flawed, warm, warm], nothing);
    expect(alone).toBeCloseTo(1);
    expect(inAnEmail.logits[0]).toBeCloseTo(alone);
    expect(inAnEmail.strongest[0]).toBe(1);
  });

  it('scaled by the whole draft, the same sentence weighs less the longer the email around it', () => {
    const alone = opinionOf(model(), [flawed], nothing).logits[0]!;
    const inAnEmail = opinionOf(model(), [warm, flawed, warm, warm], nothing).logits[0]!;
    expect(inAnEmail).toBeLessThan(alone / 3);
  });
});

describe('per-entry scales in the elastic net (Encoded.scales)', () => {
  // Rows of one bucket each: bucket 1 marks the positives, bucket 2 the negatives.
  const rows = 60;
  const data = (scales?: number[]): Encoded => ({
    offsets: Int32Array.from({ length: rows + 1 }, (_, i) => i),
    buckets: Int32Array.from({ length: rows }, (_, i) => (i % 2 === 0 ? 1 : 2)),
    labels: Array.from({ length: rows }, (_, i) => [i % 2 === 0 ? 1 : 0]),
    weights: new Float64Array(rows).fill(1),
    ...(scales ? { scales: Float64Array.from(scales) } : {}),
  });
  const config = { l1: 1e-3, l2: 1e-2, iterations: 100 };

  it('a row whose entries are scaled down needs a larger weight for the same fit', () => {
    const plain = trainElasticNet(data(), 4, 1, config, 1);
    const halved = trainElasticNet(data(new Array<number>(rows).fill(0.5)), 4, 1, config, 1);
    expect(Math.abs(halved.weights[1]!)).toBeGreaterThan(Math.abs(plain.weights[1]!));
  });

  it('scales equal to the default 1/sqrt(row length) give the same model', () => {
    const plain = trainElasticNet(data(), 4, 1, config, 1);
    const same = trainElasticNet(data(new Array<number>(rows).fill(1)), 4, 1, config, 1);
    expect([...same.weights]).toEqual([...plain.weights]);
  });
});
