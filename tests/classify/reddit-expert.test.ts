import { describe, expect, it } from 'vitest';
import { MODEL_SIGNALS } from '@/lib/classify/model';
import { fitModel, type TrainConfig } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import type { Example } from '@/scripts/lib-goemotions';
import { TINY_TRAIN_CONFIG } from '@/tests/classify/tiny-train-config';

const classes = MODEL_SIGNALS.length;
const config: TrainConfig = { ...TINY_TRAIN_CONFIG, supportWeight: 2 };

// Reddit rows call "broke" upset; support rows call it calm: the two opinions disagree on purpose.
const rows: Example[] = Array.from({ length: 120 }, (_, i) => {
  const support = i % 2 === 1;
  const broke = i % 3 === 0;
  const upset = broke !== support;
  const text = `${broke ? 'the printer broke' : 'the printer works'} ${i % 5}`;
  return { text, labels: [upset ? 1 : 0, 0, 0, 0], ...(support ? { support: true, weight: 2 } : {}) };
});

describe('the Reddit-only second opinion (TrainConfig.redditExpert)', () => {
  it('adds blend times the Reddit-only weights to the mixed model, class by class', () => {
    const mixed = fitModel(rows, config, classes, fit);
    const reddit = fitModel(
      rows.filter((r) => !r.support),
      config,
      classes,
      fit,
    );
    const blended = fitModel(rows, { ...config, redditExpert: { blend: [0.5, 0, 0, 0] } }, classes, fit);
    let moved = 0;
    for (let i = 0; i < blended.weights.length; i++) {
      const c = i % classes;
      const expected = mixed.weights[i]! + (c === 0 ? 0.5 * reddit.weights[i]! : 0);
      expect(blended.weights[i]).toBeCloseTo(expected, 5);
      if (c === 0 && reddit.weights[i] !== 0) moved++;
    }
    expect(moved).toBeGreaterThan(0);
    expect(blended.bias[0]).toBeCloseTo(mixed.bias[0]! + 0.5 * reddit.bias[0]!, 5);
    expect(blended.bias[1]).toBeCloseTo(mixed.bias[1]!, 5);
  });
});
