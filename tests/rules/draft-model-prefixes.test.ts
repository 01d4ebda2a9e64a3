import { describe, expect, it } from 'vitest';
import type { Row } from '@/scripts/draft-model-operating-points';
import { prefixesOf, prefixNagged, withPrefixes, type PrefixRow } from '@/scripts/draft-model-prefixes';

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

  it('a prefix nags where the model reaches its group’s point and no rule found the category', () => {
    const points = [
      [0.5, 0.5],
      [2, 2],
    ];
    expect(prefixNagged([prefix([0.6, 0])], points)).toBe(true);
    expect(prefixNagged([prefix([0.6, 0], 1)], points)).toBe(false);
    expect(prefixNagged([prefix([0.6, 0], 0, [true, false])], points)).toBe(false);
  });
});
