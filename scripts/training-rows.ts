/**
 * What the mood model learns from: GoEmotions train.tsv (Reddit comments) plus the support
 * corpus's train split (customer messages), each support row weighted by
 * `config.supportWeight` (0: not learned from) so 2,675 messages in the register that matters are not drowned
 * by 43,410 Reddit comments (measurements in train-config.ts).
 */
import type { TrainConfig } from '@/scripts/classifier-training';
import { findData, loadSplit, type Example } from '@/scripts/lib-goemotions';
import { retiredCustomerExamples, supportExamples } from '@/scripts/lib-support-corpus';

export interface TrainingRows {
  rows: Example[];
  /** True for support-corpus rows (reports split the two domains). */
  support: boolean[];
}

/** Null when the GoEmotions data is absent (the scripts then skip). */
export function trainingRows(config: TrainConfig): TrainingRows | null {
  const file = findData('train.tsv');
  if (!file) return null;
  const reddit = loadSplit(file);
  const weight = config.supportWeight ?? 0;
  // At weight 0 the support rows still take part in choosing the operating points and in
  // the out-of-fold figures, so a Reddit-only model is measured on the same rows.
  const desk = [...supportExamples('train'), ...(config.retiredBlind ? retiredCustomerExamples('train') : [])];
  const support = desk.map((e) => ({ ...e, weight, support: true }));
  return { rows: [...reddit, ...support], support: [...reddit.map(() => false), ...support.map(() => true)] };
}
