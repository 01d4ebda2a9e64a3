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
