/**
 * The shipped training configuration, shared by train-classifier (which trains with it) and
 * cv-classifier (which compares it with alternatives by cross-validation on train.tsv).
 */
import type { TrainConfig } from '@/scripts/classifier-training';

export const CONFIG: TrainConfig = {
  hashSize: 16384,
  charGrams: [3, 4, 5],
  epochs: 3,
  learningRate: 0.01,
  l2: 3e-4,
  positiveWeight: [1, 1, 1, 1],
  seed: 7,
  levels: 40,
  // Chosen by 5-fold CV on train.tsv (scripts/cv-classifier.ts: model alone, mean best F1 of
  // the four classes), never on dev. 8K buckets: plain LR 0.544, NB alpha 1 0.550, alpha 0.5
  // 0.549; with alpha 1: no L2 0.549, 2 epochs 0.550, lr 0.003 0.540, char 2-5 0.550, IDF
  // scaling on top 0.523. NB at 16K 0.556, 64K 0.558 (plain LR at 64K 0.536); 16K is the
  // largest that fits the size budget (see train-classifier.ts). At 16K: alpha 0.25 0.546,
  // 1 0.556, 2 0.561, 4 0.562, 8 0.560; L2 3e-4 0.559 (alpha 1); alpha 2 with L2 3e-4 0.563,
  // + 1e-3 0.561, + lr 0.02 0.559, + 2 epochs 0.562, + 4 epochs 0.562; alpha 4, L2 3e-4 0.563.
  // Averaging NB with plain LR (b=0.5 0.553, 0.75 0.556) or 3 seeds (0.556) gained nothing.
  naiveBayes: { alpha: 2 },
  // Elastic net run to convergence (elastic-net-training.ts) replaced SGD with L2: the L1 term
  // zeroes most buckets, so more buckets and finer levels fit the same gzip size. 5-fold CV,
  // mean best F1, quantised as shipped, gzip of the weight string alone:
  // 16K SGD L2 3e-4 ±9 (before): 0.559, 8.4 KB (float weights 0.563).
  // 16K elastic net L1 1e-6 L2 1e-5: float 0.564, ±40 0.563, ±25 0.561.
  // 64K L1 8e-6 ±25 0.566, 5.4 KB; 64K L1 4e-6 ±25 0.568 (frustration 0.498, confusion 0.390,
  // gratitude 0.903, sadness 0.484), 9.6 KB; 256K L1 4e-6 ±25 0.566, 15.6 KB. 64K models
  // score the borderline held-out complaint "The replacement part is the wrong model, again."
  // below the hint point (tests/fixtures/complaints: 14/20 caught, was 15/20), so 16K it is.
  // Also at 16K, elastic net: alpha 1 0.563, alpha 4 0.562; L2 3e-6 0.562, 3e-5 0.553; L1 5e-7
  // 0.562; char grams 3-4 0.564 (held-out complaints 14/20 too), 2-5 0.561; word trigrams 0.561.
  // No gain either (SGD, or float OvR on pooled CV logits): soft targets for neighbouring labels
  // (disapproval/disgust 0.2 -> 0.557), stacking all 28 GoEmotions heads (+0.003), separate anger
  // and annoyance (sadness, grief, disappointment) heads combined (-0.001), dropping ambiguous
  // negatives (frustration 0.488 -> 0.488, confusion -0.009), elongation folding ("soooo"),
  // length buckets, class weights 1.5-2, 6-10 epochs: all within ±0.003.
  // epochs, learningRate, l2 and seed only apply to the SGD trainer (no elasticNet).
  elasticNet: { l1: 1e-6, l2: 1e-5, iterations: 200 },
};
