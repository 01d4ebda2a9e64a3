import { describe, expect, it } from 'vitest';
import { wholeReplyJudged } from '@/lib/coach/draft-looks-finished';
import { problemPoints } from '@/lib/coach/problem-points';
import { LONG_PAUSE_MS, TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';
import type { Finding } from '@/lib/engine/types';
import { findingOn } from '@/tests/coach/held-finding';
import { sureBeforeClose } from '@/lib/rules/shared/learned-rule';

/**
 * The learned opinion has two points: 'likely', and a stricter one for replies with no closing line
 * yet (OperatingPoints.unclosed), since a long rest mid-reply looks just like the end of a reply
 * without one. A finding between the two (Finding.onlyOnceClosed) waits for the close.
 */
const OPEN = 'Hi Sam, thanks for writing. Your order was sent to the old address you gave us.';
const CLOSED = `${OPEN} Let me know if that helps.`;
const SIGNED = `${OPEN}\nBest,\nAlex`;

describe('wholeReplyJudged: which point applies when', () => {
  // [draft, idle, a finding above the stricter point, one between the points]
  const table: Array<[string, string, number, boolean, boolean]> = [
    ['typing on, closed', CLOSED, 0, false, false],
    ['typing pause, no closing line', OPEN, TYPING_PAUSE_MS, false, false],
    ['typing pause, closing line', CLOSED, TYPING_PAUSE_MS, true, true],
    ['typing pause, sign-off', SIGNED, TYPING_PAUSE_MS, true, true],
    ['long rest, no closing line', OPEN, LONG_PAUSE_MS, true, false],
    ['long rest, closing line', CLOSED, LONG_PAUSE_MS, true, true],
    ['long rest, not yet a reply', 'Hi Sam, your order', LONG_PAUSE_MS, false, false],
  ];
  it.each(table)('%s', (_, draft, idleMs, sure, unsure) => {
    expect(wholeReplyJudged(draft, idleMs)).toBe(sure);
    expect(wholeReplyJudged(draft, idleMs, true)).toBe(unsure);
  });
});

describe('sureBeforeClose: a logit against the stricter point', () => {
  const points = { possible: [-1, -1], likely: [0, 0], unclosed: [1, 0] };
  const table: Array<[string, number, number, boolean]> = [
    ['above the stricter point', 0, 1.5, true],
    ['at the stricter point', 0, 1, true],
    ['between likely and the stricter point', 0, 0.5, false],
    ['a possible below both', 0, -0.5, false],
    ['a category whose points are the same', 1, 0, true],
  ];
  it.each(table)('%s', (_, index, logit, sure) => {
    expect(sureBeforeClose(points, index, logit)).toBe(sure);
  });

  it('with no stricter point shipped, every finding is sure enough', () => {
    expect(sureBeforeClose({ possible: [-1], likely: [0] }, 0, -0.5)).toBe(true);
  });
});

describe('problemPoints with a finding that waits for the close', () => {
  const learned = (draft: string, onlyOnceClosed: boolean): Finding =>
    findingOn(draft, 'Your order was sent to the old address you gave us.', {
      ruleId: 'learned-blame',
      category: 'blame',
      wholeReply: true,
      ...(onlyOnceClosed ? { onlyOnceClosed: true as const } : {}),
    });
  const settled = (draft: string, idleMs: number, findings: Finding[]) =>
    problemPoints(findings, draft, idleMs).map((point) => point.settled);

  it('is held on a long rest without a closing line while a sure one in the same place shows', () => {
    expect(settled(OPEN, LONG_PAUSE_MS, [learned(OPEN, true)])).toEqual([false]);
    expect(settled(OPEN, LONG_PAUSE_MS, [learned(OPEN, false)])).toEqual([true]);
  });

  it('shows once the reply closes, at a typing pause', () => {
    expect(settled(CLOSED, TYPING_PAUSE_MS, [learned(CLOSED, true)])).toEqual([true]);
  });
});
