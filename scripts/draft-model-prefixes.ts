/**
 * Good replies as they are typed, for the learned opinion's operating points (train-draft-model.ts).
 * The coach shows the opinion only once a reply looks finished (lib/coach/draft-looks-finished.ts),
 * yet a reply looks finished at nearly every sentence end after the second: the model, fitted and
 * measured on finished replies, then speaks on half-typed ones (issue 15: the learned blame on 151
 * half-typed good training replies). These helpers give each good reply its prefixes, score them
 * out of fold, and fold them into the reply's row so points can be chosen to stay quiet on them.
 */
import { draftLooksFinished } from '@/lib/coach/draft-looks-finished';
import { splitSentences } from '@/lib/engine/sentences';
import type { Encoded, FloatModel } from '@/scripts/classifier-training';
import type { Row } from '@/scripts/draft-model-operating-points';

/** A prefix's scores: what the model and the rules say of the reply as typed so far. */
export type PrefixRow = Pick<Row, 'logits' | 'group' | 'ruleFound' | 'ruleNagged'>;

/** Every prefix ending a sentence (not the whole reply) that already looks like a finished reply. */
export function prefixesOf(draft: string): string[] {
  return splitSentences(draft)
    .slice(0, -1)
    .map((sentence) => draft.slice(0, sentence.end))
    .filter((prefix) => draftLooksFinished(prefix));
}

/** Does any prefix draw a finding of the model's, in a category no rule found on it? */
export function prefixNagged(prefixes: readonly PrefixRow[], points: number[][]): boolean {
  return prefixes.some((prefix) =>
    prefix.logits.some((logit, c) => !prefix.ruleFound[c] && logit >= points[prefix.group]![c]!),
  );
}

/**
 * A good reply's row as the point chooser should see it: per category, the highest logit over the
 * reply and its prefixes of the same group (a point is per group) where no rule found it, so a
 * point that lets the model speak on any moment of the reply counts as nagging it once.
 */
export function withPrefixes(row: Row, prefixes: readonly PrefixRow[]): Row {
  if (!row.clean || prefixes.length === 0) return row;
  const same = prefixes.filter((prefix) => prefix.group === row.group);
  const logits = row.logits.map((logit, c) => {
    let high = row.ruleFound[c] ? -Infinity : logit;
    for (const prefix of same) if (!prefix.ruleFound[c]) high = Math.max(high, prefix.logits[c]!);
    return high;
  });
  const ruleFound = row.ruleFound.map((found, c) => found && same.every((prefix) => prefix.ruleFound[c]));
  return { ...row, logits, ruleFound };
}

/**
 * A good reply's row with its prefixes kept apart (Row.typed): per group, per category, the highest
 * logit over the prefixes of that group where no rule found the category, so the point chooser can
 * hold the model's findings on replies as typed to their own budget without taking those prefixes
 * for the reply itself (withPrefixes does that). Rows a rule already nags when finished are left
 * as they are: eval-typing-nag.ts counts only replies the engine leaves clean.
 */
export function withTyped(row: Row, prefixes: readonly PrefixRow[]): Row {
  if (!row.clean || row.ruleNagged || prefixes.length === 0) return row;
  const typed = [0, 1].map(() => row.logits.map(() => -Infinity));
  for (const prefix of prefixes)
    prefix.logits.forEach((logit, c) => {
      if (!prefix.ruleFound[c]) typed[prefix.group]![c] = Math.max(typed[prefix.group]![c]!, logit);
    });
  return { ...row, typed };
}

/**
 * Elastic-net training one category at a time, each on its own rows: a good reply's prefixes are
 * negatives only in the categories a sentence carries whatever follows it (blame, talking down, an
 * order, jargon); in the others a half-typed reply may truly have the problem its end resolves ("We
 * can't expedite it." before the alternative, "I'm not sure yet." before the time). Each category's
 * model is the same as a joint fit's on those rows (naive-Bayes ratios and loss are per category).
 */
export function fitPerCategory(
  data: Encoded,
  rowsOf: (category: number) => number[],
  fitOne: (part: Encoded, category: number) => FloatModel,
  hashSize: number,
  classes: number,
): FloatModel {
  const weights = new Float32Array(hashSize * classes);
  const bias = new Float32Array(classes);
  for (let c = 0; c < classes; c++) {
    const rows = rowsOf(c);
    const offsets = new Int32Array(rows.length + 1);
    let size = 0;
    rows.forEach((row, i) => {
      size += data.offsets[row + 1]! - data.offsets[row]!;
      offsets[i + 1] = size;
    });
    const buckets = new Int32Array(size);
    const scales = data.scales ? new Float64Array(size) : undefined;
    rows.forEach((row, i) => {
      buckets.set(data.buckets.subarray(data.offsets[row]!, data.offsets[row + 1]!), offsets[i]!);
      scales?.set(data.scales!.subarray(data.offsets[row]!, data.offsets[row + 1]!), offsets[i]!);
    });
    const model = fitOne(
      {
        offsets,
        buckets,
        ...(scales ? { scales } : {}),
        labels: rows.map((row) => [data.labels[row]![c]!]),
        weights: Float64Array.from(rows, (row) => data.weights[row]!),
      },
      c,
    );
    for (let j = 0; j < hashSize; j++) weights[j * classes + c] = model.weights[j]!;
    bias[c] = model.bias[0]!;
  }
  return { weights, bias, classes };
}
