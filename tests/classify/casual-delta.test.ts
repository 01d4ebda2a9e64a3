import { describe, expect, it } from 'vitest';
import { addModels, MODEL_SIGNALS, runModel, unpackModel } from '@/lib/classify/model';
import { casualModel, fitCasualDelta, supportLogits } from '@/scripts/casual-delta';
import { fitModel, type TrainConfig } from '@/scripts/classifier-training';
import { fit } from '@/scripts/elastic-net-training';
import type { Example } from '@/scripts/lib-goemotions';
import { pack } from '@/scripts/pack-model';
import { TINY_TRAIN_CONFIG } from '@/tests/classify/tiny-train-config';

const classes = MODEL_SIGNALS.length;
const config: TrainConfig = { ...TINY_TRAIN_CONFIG, supportWeight: 2 };

// Support rows call "broke" upset; Reddit rows call "broke" calm and "awful" upset: the casual
// delta must learn Reddit's reading on top of the support model's.
const rows: Example[] = Array.from({ length: 160 }, (_, i) => {
  const support = i % 2 === 1;
  const word = ['broke', 'works', 'awful', 'fine'][Math.floor(i / 2) % 4]!;
  const upset = support ? word === 'broke' || word === 'awful' : word === 'awful';
  return {
    text: `the printer ${word} ${i % 5}`,
    labels: [upset ? 1 : 0, 0, 0, 0],
    ...(support ? { support: true, weight: 4 } : {}),
  };
});
const reddit = rows.filter((r) => !r.support);
const supportModel = unpackModel(pack(fitModel(rows, config, classes, fit), config));

describe('the casual weights as a delta on the support weights (scripts/casual-delta.ts)', () => {
  it('sums two models into one that scores as their sum, cue pushes included', () => {
    const other = unpackModel(
      pack(
        fitModel(
          reddit.map((r) => ({ ...r, labels: [0, 0, 1 - r.labels[0]!, 0] })),
          config,
          classes,
          fit,
        ),
        config,
      ),
    );
    const sum = addModels({ ...supportModel, cues: { a: [1, 0, 0, 0] } }, { ...other, cues: { a: [0.5, 0, 0, 0] } });
    for (const text of ['the printer broke 1', 'the printer works 3', 'nothing like the rows']) {
      const a = runModel(supportModel, text).logits;
      const b = runModel(other, text).logits;
      runModel(sum, text).logits.forEach((z, c) => expect(z).toBeCloseTo(a[c]! + b[c]!, 0));
    }
    expect(sum.cues?.a).toEqual([1.5, 0, 0, 0]);
    expect(() => addModels(supportModel, { ...other, hashSize: 2048 })).toThrow(/hash differently/);
  });

  it('fits only what casual talk adds: "broke" calms down on Reddit, "awful" stays upset', () => {
    const casual = casualModel(supportModel, fitCasualDelta(reddit, supportModel, config));
    const frustration = (model: typeof supportModel, text: string) => runModel(model, text).logits[0]!;
    expect(frustration(supportModel, 'the printer broke')).toBeGreaterThan(0);
    expect(frustration(casual, 'the printer broke')).toBeLessThan(frustration(supportModel, 'the printer broke') - 1);
    expect(frustration(casual, 'the printer awful')).toBeGreaterThan(0);
  });

  it('adds nothing where the support model already reads the rows right', () => {
    const agreeing = reddit.map((r) => ({
      ...r,
      labels: supportLogits(supportModel, r.text).map((z) => (z > 0 ? 1 : 0)),
    }));
    const delta = unpackModel(
      fitCasualDelta(agreeing, supportModel, { ...config, elasticNet: { ...config.elasticNet!, l1: 1e-3 } }),
    );
    expect(delta.levels.every((level) => level === 0)).toBe(true);
  });
});
