import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/engine/types';
import type { DraftCase } from '@/scripts/eval-drafts';
import { tallyLearned } from '@/scripts/draft-model-precision';

const finding = (ruleId: string, category: string, text = 'words'): Finding =>
  ({
    ruleId,
    messageId: 'learned',
    category,
    kind: 'problem',
    start: 0,
    end: text.length,
    text,
    why: '',
    alternatives: [],
  }) as unknown as Finding;
const draft = (line: number, expect: string[]): DraftCase => ({ line, draft: `draft ${line}`, expect }) as DraftCase;

describe('the learned opinion’s own precision (draft-model-precision.ts)', () => {
  it('counts only learned findings, once per draft and category, as right, another problem or a good reply', () => {
    const cases = [draft(1, ['blame']), draft(2, ['excuse']), draft(3, []), draft(4, ['blame'])];
    const findings: Record<number, Finding[]> = {
      1: [finding('learned-blame', 'blame'), finding('learned-blame', 'blame', 'more words')],
      2: [finding('learned-blame', 'blame'), finding('excuse-policy', 'excuse')],
      3: [finding('learned-blame', 'blame')],
      // A rule's finding is not the opinion's.
      4: [finding('blame-customer', 'blame')],
    };
    const wrong: number[] = [];
    const tally = tallyLearned(
      cases,
      (item) => findings[item.line]!,
      (item) => wrong.push(item.line),
    );
    expect(tally.blame).toEqual({ found: 3, right: 1, otherProblem: 1, goodReply: 1 });
    expect(tally.excuse).toEqual({ found: 0, right: 0, otherProblem: 0, goodReply: 0 });
    expect(wrong).toEqual([2, 3]);
  });
});
