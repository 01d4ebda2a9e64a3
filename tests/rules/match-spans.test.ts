import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '@/lib/engine/types';
import { anchoredShapes, matchAnchored, matchAnchoredGroups, withoutOverlaps } from '@/lib/rules/shared/match-spans';
import { calmContext } from '@/tests/rules/rule-table';

/** The plain definition: sort by start (longer first), keep a span only if it starts after the last kept one ends. */
function reference(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) if (kept.length === 0 || span.start >= kept[kept.length - 1]!.end) kept.push(span);
  return kept;
}

describe('withoutOverlaps', () => {
  it('keeps the earlier, then the longer, of overlapping spans, whether or not they come in order', () => {
    const span = fc.record({ start: fc.nat(40), length: fc.nat(6) }).map(({ start, length }) => ({
      start,
      end: start + length,
    }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.boolean(), (spans, ordered) => {
        const input = ordered ? [...spans].sort((a, b) => a.start - b.start || b.end - a.end) : spans;
        const kept = withoutOverlaps([...input]);
        expect(kept).toEqual(reference(input));
        // The very objects given, not copies.
        for (const found of kept) expect(input).toContain(found);
      }),
      { numRuns: 500 },
    );
  });
});

describe('matchAnchoredGroups', () => {
  const GROUPS = anchoredShapes([
    ['policy', 'our policy'],
    ['refund refunded', 'refund(?:ed)?'],
    ['policy', 'policy says'],
  ]);

  it('finds what each pattern finds on its own, on every call (its scans are kept between calls)', () => {
    const drafts = [
      'Our policy says no. We refunded it.',
      'Fine. Our policy says no. We refunded it. A refund is due.',
      'Our policy says no. We refunded it.',
      'Nothing here.',
    ];
    for (const draft of drafts) {
      const context = calmContext(draft);
      const each = GROUPS.flatMap(([anchors, pattern]) => matchAnchored(context, anchors, pattern));
      expect(matchAnchoredGroups(context, GROUPS)).toEqual(reference(each));
    }
    expect(matchAnchoredGroups(calmContext(drafts[1]!), GROUPS)).toEqual([
      { start: 6, end: 16 },
      { start: 29, end: 37 },
      { start: 44, end: 50 },
    ]);
  });

  it('moves the last answer with its sentences when an edit touches none of them, and reads again when it does', () => {
    const drafts = [
      'Hi. Our policy says no. We refunded it.',
      'Hi there. Our policy says no. We refunded it.', // an earlier sentence grew: the matches move
      'Hi there, Sam. Our policy says no. We refunded it.',
      'Hi there, Sam. Our policy is no. We refunded it.', // same anchor words, one match fewer
      'Hi there, Sam. Our policy is no. We refunded it today.',
      'Hi there, Sam. Our policy is no. We refunded it today.', // the same draft again
    ];
    const answers = drafts.map((draft) => {
      const context = calmContext(draft);
      const each = GROUPS.flatMap(([anchors, pattern]) => matchAnchored(context, anchors, pattern));
      const answer = matchAnchoredGroups(context, GROUPS);
      expect(answer).toEqual(reference(each));
      return answer;
    });
    expect(answers[2]).toEqual([
      { start: 15, end: 25 },
      { start: 38, end: 46 },
    ]);
    expect(answers[3]).toEqual([
      { start: 15, end: 25 },
      { start: 36, end: 44 },
    ]);
    expect(answers[5]).toEqual(answers[4]);
  });
});
