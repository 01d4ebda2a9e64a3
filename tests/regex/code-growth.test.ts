/**
 * The checker behind tests/bench/entry-growth.ts must catch what it is for: code whose time
 * grows faster than its input even though every pattern inside it is linear. The
 * quadratic example is the shape of the pre-send check's bug that issue 19's bench found:
 * the text before each match was sliced and read again.
 */
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_SHAPES } from '@/tests/fixtures/adversarial/shapes';
import { codeGrowthOver, measureCodeGrowth } from '@/tests/regex/code-growth';
import { MAX_GROWTH } from '@/tests/regex/growth';

const shape = (id: string) => ADVERSARIAL_SHAPES.find((candidate) => candidate.id === id)!;

/** Counts the words before every "we can", re-reading the text each time: quadratic in matches. */
function wordsBeforeEachMatch(text: string): number {
  let total = 0;
  for (const match of text.matchAll(/we can/g)) total += (text.slice(0, match.index).match(/\w+/g) ?? []).length;
  return total;
}

/** The fix: one pass that keeps a running count. */
function wordsCountedOnce(text: string): number {
  let total = 0;
  let words = 0;
  for (const match of text.matchAll(/we can|\w+/g)) {
    if (match[0] === 'we can') total += words;
    words += match[0] === 'we can' ? 2 : 1;
  }
  return total;
}

describe('the code growth checker', () => {
  it('calls a loop that re-reads the text before every match super-linear', () => {
    const growth = measureCodeGrowth(wordsBeforeEachMatch, shape('repeated "we can "'));
    expect(growth.ratio).toBeGreaterThan(MAX_GROWTH);
    // The quadratic loop on the large input is slow by design: 25 s on a loaded machine, past the 20 s default.
  }, 120_000);

  it('passes the same work done in one pass, on every shape', () => {
    expect(codeGrowthOver(wordsCountedOnce, ADVERSARIAL_SHAPES, { minMs: 2 }).superLinear).toEqual([]);
  });
});
