import { describe, expect, it } from 'vitest';
import type { Row } from '@/scripts/draft-model-operating-points';
import type { Encoded } from '@/scripts/classifier-training';
import {
  fitPerCategory,
  prefixesOf,
  prefixNagged,
  withPrefixes,
  withTyped,
  type PrefixRow,
} from '@/scripts/draft-model-prefixes';

const row = (logits: number[], ruleFound = [false, false], clean = true): Row => ({
  logits,
  group: 0,
  gold: [false, false],
  ruleFound,
  ruleNagged: false,
  clean,
});
const prefix = (logits: number[], group = 0, ruleFound = [false, false]): PrefixRow => ({
  logits,
  group,
  ruleFound,
  ruleNagged: false,
});

describe('draft-model-prefixes', () => {
  it('gives the prefixes that end a sentence and look finished, never the whole reply', () => {
    const draft = 'Hi Sam, thanks for writing to us. We don’t resize rings. I can refund it today.';
    expect(prefixesOf(draft)).toEqual(['Hi Sam, thanks for writing to us. We don’t resize rings.']);
    expect(prefixesOf('Thanks.')).toEqual([]);
  });

  it('a good reply stands for its prefixes of the same group, where no rule found the category', () => {
    const merged = withPrefixes(row([0.1, 0.2], [false, true]), [
      prefix([0.9, 0.1], 0, [false, true]),
      prefix([5, 5], 1),
      prefix([0.3, 0.7], 0, [false, true]),
    ]);
    expect(merged.logits).toEqual([0.9, -Infinity]);
    expect(merged.ruleFound).toEqual([false, true]);
  });

  it('leaves a reply with a problem as it is', () => {
    const bad = row([0.1, 0.2], [false, false], false);
    expect(withPrefixes(bad, [prefix([0.9, 0.9])])).toBe(bad);
  });

  it('keeps a good reply’s prefixes apart, per group, where no rule found the category', () => {
    const reply = row([0.1, 0.2]);
    const typed = withTyped(reply, [
      prefix([0.9, 0.1], 0, [false, true]),
      prefix([0.4, 0.3], 0),
      prefix([5, -1], 1, [true, false]),
    ]);
    expect(typed.logits).toEqual([0.1, 0.2]);
    expect(typed.typed).toEqual([
      [0.9, 0.3],
      [-Infinity, -1],
    ]);
    // A reply with a problem, or one a rule already nags when finished, has no typed prefixes.
    const bad = row([0.1, 0.2], [false, false], false);
    expect(withTyped(bad, [prefix([0.9, 0.9])]).typed).toBeUndefined();
    expect(withTyped({ ...reply, ruleNagged: true }, [prefix([0.9, 0.9])]).typed).toBeUndefined();
  });

  it('a prefix nags where the model reaches its group’s point and no rule found the category', () => {
    const points = [
      [0.5, 0.5],
      [2, 2],
    ];
    expect(prefixNagged([prefix([0.6, 0])], points)).toBe(true);
    expect(prefixNagged([prefix([0.6, 0], 1)], points)).toBe(false);
    expect(prefixNagged([prefix([0.6, 0], 0, [true, false])], points)).toBe(false);
  });

  it('fits each category on its own rows only: a prefix row is a negative where asked, absent elsewhere', () => {
    // Three rows over buckets 0-3: a draft with category 0, a draft with category 1, a prefix (no problem).
    const data: Encoded = {
      offsets: Int32Array.from([0, 2, 3, 5]),
      buckets: Int32Array.from([0, 1, 2, 3, 1]),
      labels: [
        [1, 0],
        [0, 1],
        [0, 0],
      ],
      weights: Float64Array.from([2, 2, 0.6]),
    };
    const seen: Array<{ labels: number[][]; buckets: number[]; weights: number[] }> = [];
    const model = fitPerCategory(
      data,
      (c) => (c === 1 ? [0, 1, 2] : [0, 1]),
      (part, c) => {
        seen[c] = { labels: part.labels, buckets: [...part.buckets], weights: [...part.weights] };
        // Weight on bucket 0 = rows seen, bias = positives seen: enough to tell the rows apart.
        return {
          weights: Float32Array.from([part.labels.length, 0, 0, 0]),
          bias: Float32Array.from([c + 10]),
          classes: 1,
        };
      },
      4,
      2,
    );
    expect(seen[0]).toEqual({ labels: [[1], [0]], buckets: [0, 1, 2], weights: [2, 2] });
    expect(seen[1]).toEqual({ labels: [[0], [1], [0]], buckets: [0, 1, 2, 3, 1], weights: [2, 2, 0.6] });
    expect([...model.weights.slice(0, 2)]).toEqual([2, 3]);
    expect([...model.bias]).toEqual([10, 11]);
  });
});
