import { describe, expect, it } from 'vitest';
import { rankProblems } from '@/lib/coach/select-nudges';
import type { Finding, RuleCategory } from '@/lib/engine/types';

const finding = (
  ruleId: string,
  category: RuleCategory,
  start: number,
  kind: Finding['kind'] = 'problem',
): Finding => ({
  ruleId,
  messageId: ruleId,
  category,
  kind,
  start,
  end: start + 3,
  text: 'abc',
  why: '',
  alternatives: [],
});

describe('rankProblems', () => {
  it('puts blame before excuses before jargon, keeping the earliest of each category', () => {
    const ranked = rankProblems(
      [
        finding('jargon', 'jargon', 0),
        finding('excuse-policy', 'excuse', 50),
        finding('blame', 'blame', 90),
        finding('excuse-system', 'excuse', 10),
      ],
      [],
    );
    expect(ranked.map((f) => f.ruleId)).toEqual(['blame', 'excuse-system', 'jargon']);
  });

  it('keeps one finding per category, drops muted rules and good-practice findings', () => {
    const ranked = rankProblems(
      [
        finding('excuse-policy', 'excuse', 5),
        finding('excuse-policy', 'excuse', 40),
        finding('jargon', 'jargon', 0),
        finding('thanks', 'thanks', 1, 'good'),
      ],
      ['jargon'],
    );
    expect(ranked.map((f) => [f.ruleId, f.start])).toEqual([['excuse-policy', 5]]);
  });
});
