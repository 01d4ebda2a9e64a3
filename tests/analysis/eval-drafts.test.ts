import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFTS_FILE, formatReport, parseDraftCases, scoreDrafts } from '@/scripts/eval-drafts';

/**
 * The eval-drafts goals as a regression test: recall >= 0.90 on the labelled drafts, and
 * fewer than 5% of good replies nagged with any problem (a wrong nudge is worse than none).
 */
const root = resolve(__dirname, '../..');
const load = (file: string) => parseDraftCases(readFileSync(resolve(root, file), 'utf8'));

// Recall floors: the dev and holdout sets carry the product goal (0.90); the blind sets
// (written after the rules, first scored untuned: 0.382 and 0.444) guard against regressions.
const SETS: Array<{ file: string; minCases: number; minRecall: number }> = [
  { file: DEFAULT_DRAFTS_FILE, minCases: 150, minRecall: 0.9 },
  { file: 'tests/fixtures/drafts/holdout.jsonl', minCases: 50, minRecall: 0.9 },
  { file: 'tests/fixtures/drafts/blind.jsonl', minCases: 50, minRecall: 0.85 },
  { file: 'tests/fixtures/drafts/blind-2.jsonl', minCases: 50, minRecall: 0.75 },
];

describe('eval-drafts', () => {
  for (const { file, minCases, minRecall } of SETS) {
    it(`${file}: recall >= ${minRecall}, nag <= 0.05`, () => {
      const cases = load(file);
      const score = scoreDrafts(cases);
      expect(cases.length).toBeGreaterThanOrEqual(minCases);
      expect(score.recall, formatReport(score)).toBeGreaterThanOrEqual(minRecall);
      expect(score.nag, formatReport(score)).toBeLessThanOrEqual(0.05);
    });
  }

  it('scores precision, recall and nag from labels', () => {
    const score = scoreDrafts(
      parseDraftCases(
        [
          JSON.stringify({ draft: 'It’s our policy, sorry.', expect: ['excuse'] }),
          JSON.stringify({ draft: 'Your order ships today.', expect: ['excuse'] }),
          JSON.stringify({ draft: 'As I said, it ships today.', expect: [] }),
          JSON.stringify({ draft: 'It ships today.', expect: [] }),
        ].join('\n'),
      ),
    );
    expect(score.categories.excuse).toMatchObject({ tp: 1, fn: 1, fp: 0, p: 1, r: 0.5 });
    expect(score.categories.condescension).toMatchObject({ tp: 0, fp: 1, p: 0 });
    expect(score.nag).toBe(0.5);
    expect(score.recall).toBe(0.5);
  });

  it('rejects lines without labels or with unknown categories', () => {
    expect(() => parseDraftCases('{"draft":"x"}')).toThrow(/line 1/);
    expect(() => parseDraftCases('{"draft":"x","expect":["thanks"]}')).toThrow(/not a problem category/);
  });

  it('prints one JSON object on the last line', () => {
    const report = formatReport(scoreDrafts(load(DEFAULT_DRAFTS_FILE)));
    const last = JSON.parse(report.split('\n').at(-1)!) as { recall: number; nag: number; categories: object };
    expect(Object.keys(last.categories)).toContain('no-alternative');
    expect(typeof last.recall).toBe('number');
  });
});
