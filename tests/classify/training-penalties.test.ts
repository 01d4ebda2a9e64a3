import { describe, expect, it } from 'vitest';
import { MODEL_SIGNALS, runModel, unpackModel } from '@/lib/classify/model';
import { fitModel, quantise, type TrainConfig } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import type { Example } from '@/scripts/lib-goemotions';
import { pack } from '@/scripts/pack-model';
import { TINY_TRAIN_CONFIG } from '@/tests/classify/tiny-train-config';

const classes = MODEL_SIGNALS.length;

const config: TrainConfig = { ...TINY_TRAIN_CONFIG, elasticNet: { l1: 1e-4, l2: 1e-5, iterations: 100 } };

// Classes 0 and 1 get the same labels, so any difference between them is the per-class setting.
const rows: Example[] = Array.from({ length: 120 }, (_, i) => {
  const upset = i % 3 === 0;
  const topic = ['printer', 'invoice', 'router', 'parcel', 'voucher', 'laptop'][i % 6];
  const text = upset ? `the ${topic} broke again, this is awful ${i}` : `the ${topic} works fine now ${i}`;
  return { text, labels: [upset ? 1 : 0, upset ? 1 : 0, 0, 0] };
});

const nonZero = (weights: Float32Array, c: number) => {
  let count = 0;
  for (let i = c; i < weights.length; i += classes) if (weights[i] !== 0) count++;
  return count;
};

describe('per-class penalties in the elastic net (elastic-net-training.ts)', () => {
  it('a class with a heavier L1 keeps fewer buckets than the same labels under the base L1', () => {
    const heavier = { ...config, elasticNet: { ...config.elasticNet!, l1Scale: [5, 1, 1, 1] } };
    const model = fitModel(rows, heavier, classes, fit);
    expect(nonZero(model.weights, 0)).toBeGreaterThan(0);
    expect(nonZero(model.weights, 0)).toBeLessThan(nonZero(model.weights, 1));
  });

  it('weighting a class’s positive rows scores every message higher than the unweighted twin', () => {
    // The same two texts labelled both ways: only a rate can be learned, and weighting moves it.
    const noisy: Example[] = Array.from({ length: 120 }, (_, i) => {
      const upset = i % 2 === 0 ? i % 3 !== 2 : i % 7 === 0;
      const text = i % 2 === 0 ? 'the printer broke again' : 'the printer works fine';
      return { text, labels: [upset ? 1 : 0, upset ? 1 : 0, 0, 0] };
    });
    const weighted = { ...config, elasticNet: { ...config.elasticNet!, positiveWeight: [3, 1, 1, 1] } };
    const model = unpackModel(pack(fitModel(noisy, weighted, classes, fit), weighted));
    for (const text of ['the printer broke again', 'the printer works fine']) {
      const [weightedClass, twin] = runModel(model, text).logits;
      expect(weightedClass!).toBeGreaterThan(twin!);
    }
  });
});

describe('magnitude pruning at packing (classifier-training.ts quantise)', () => {
  // One bucket, levels 40 (the class maximum), 1 and -2 per class once scaled to max/40.
  const weights = Float32Array.from([4, 4, 4, 4, 0.1, 0.1, 0.1, 0.1, -0.2, -0.2, -0.2, -0.2]);

  it('drops levels at or under the threshold and keeps larger ones', () => {
    const { bytes } = quantise(weights, classes, 40, 1);
    expect([...bytes]).toEqual([40, 40, 40, 40, 0, 0, 0, 0, -2, -2, -2, -2]);
  });

  it('prunes each class by its own threshold', () => {
    const { bytes } = quantise(weights, classes, 40, [2, 0, 1, 0]);
    expect([...bytes]).toEqual([40, 40, 40, 40, 0, 1, 0, 1, 0, -2, -2, -2]);
  });

  it('prunes nothing by default', () => {
    expect([...quantise(weights, classes, 40).bytes]).toEqual([40, 40, 40, 40, 1, 1, 1, 1, -2, -2, -2, -2]);
  });
});
