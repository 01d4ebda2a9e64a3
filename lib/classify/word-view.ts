/**
 * The word view: a second opinion for casual talk that sees text the way the plain TF-IDF +
 * logistic-regression baseline of issue 15 does (lower-cased words of two or more letters,
 * smooth idf, l2-normalised rows), hashed so no vocabulary ships. The casual expert reads
 * hashed char n-grams with naive-Bayes scaling; two models that see text this differently
 * err on different messages, so their logits add up to a better ranking than either alone
 * (train-config.ts, tenth pass). Trained by scripts/train-word-view.ts on GoEmotions train alone;
 * only the register gate's casual path uses it (casual-register.ts).
 */
import { fnv1a } from '@/lib/classify/features';
import { decodeLevels, type CodedLevels } from '@/lib/classify/model-coding';
import { MODEL_SIGNALS } from '@/lib/classify/model';

export interface PackedWordView {
  /** Hash buckets for the words (a power of two). */
  buckets: number;
  /** idf of a bucket = idfLevel * idfStep (the smooth idf of the words hashed there; 0: no word seen). */
  idfStep: number;
  idfLevels: number;
  idf: CodedLevels;
  bias: readonly number[];
  scales: readonly number[];
  levels: number;
  weights: CodedLevels;
  /**
   * What one unit of the word view's logit adds to the casual expert's, per class: the ratio of
   * the two inputs' weights in a stack fitted on out-of-fold training scores.
   */
  mix: readonly number[];
}

export interface WordView {
  buckets: number;
  idf: Float32Array;
  bias: readonly number[];
  /** Bucket-major: weight of bucket b for class c = weights[b * classes + c]. */
  weights: Float32Array;
  mix: readonly number[];
}

const SEED = fnv1a('v');
// The baseline's token pattern (scikit-learn's default \b\w\w+\b on lower-cased text).
const WORD = /\b\w\w+\b/g;

export function wordBucket(word: string, buckets: number): number {
  return fnv1a(word, SEED) & (buckets - 1);
}

/** Distinct buckets of one text and each one's term count, as the rows the view was trained on. */
export function wordCounts(text: string, buckets: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    const bucket = wordBucket(word, buckets);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return counts;
}

/** tf·idf per bucket, l2-normalised: the row the regression sees. */
export function wordRow(text: string, buckets: number, idf: ArrayLike<number>): Array<[number, number]> {
  const entries: Array<[number, number]> = [];
  let norm = 0;
  for (const [bucket, n] of wordCounts(text, buckets)) {
    const value = n * idf[bucket]!;
    entries.push([bucket, value]);
    norm += value * value;
  }
  const scale = 1 / (Math.sqrt(norm) || 1);
  for (const entry of entries) entry[1] *= scale;
  return entries;
}

export function unpackWordView(packed: PackedWordView): WordView {
  const classes = MODEL_SIGNALS.length;
  const idfLevels = new Int8Array(packed.buckets);
  decodeLevels(packed.idf, packed.idfLevels, 1, idfLevels);
  const idf = Float32Array.from(idfLevels, (level) => (level + packed.idfLevels) * packed.idfStep);
  const levels = new Int8Array(packed.buckets * classes);
  decodeLevels(packed.weights, packed.levels, classes, levels);
  const weights = Float32Array.from(levels, (level, i) => level * packed.scales[i % classes]!);
  return { buckets: packed.buckets, idf, bias: packed.bias, weights, mix: packed.mix };
}

/** The word view's own logit per MODEL_SIGNALS entry. */
export function wordViewLogits(view: Pick<WordView, 'buckets' | 'idf' | 'bias' | 'weights'>, text: string): number[] {
  const classes = MODEL_SIGNALS.length;
  const logits = [...view.bias];
  for (const [bucket, value] of wordRow(text, view.buckets, view.idf)) {
    for (let c = 0; c < classes; c++) logits[c]! += view.weights[bucket * classes + c]! * value;
  }
  return logits;
}
