import type { TrainConfig } from '@/scripts/classifier-training';

/** A model small and quick enough to train inside a unit test; each test overrides what it is about. */
export const TINY_TRAIN_CONFIG: TrainConfig = {
  hashSize: 1024,
  charGrams: [3],
  epochs: 1,
  learningRate: 0.01,
  l2: 0,
  positiveWeight: [1, 1, 1, 1],
  levels: 40,
  seed: 1,
  naiveBayes: { alpha: 1 },
  elasticNet: { l1: 1e-6, l2: 1e-5, iterations: 100 },
};
