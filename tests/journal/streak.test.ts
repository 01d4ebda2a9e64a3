import { describe, expect, it } from 'vitest';
import { forgivingStreak } from '@/lib/journal/streak';

describe('forgivingStreak (never miss twice)', () => {
  it.each<[string, number[], ReturnType<typeof forgivingStreak>]>([
    ['no wins at all', [0, 0, 0], { weeks: 0, forgiven: 0, status: 'none' }],
    ['only this week', [0, 0, 2], { weeks: 1, forgiven: 0, status: 'going' }],
    ['three weeks in a row', [1, 3, 1], { weeks: 3, forgiven: 0, status: 'going' }],
    ['one empty week inside is forgiven', [2, 0, 1, 4], { weeks: 3, forgiven: 1, status: 'going' }],
    ['two empty weeks in a row end the run', [5, 0, 0, 1, 1], { weeks: 2, forgiven: 0, status: 'going' }],
    ['this week still open after a full last week', [1, 2, 0], { weeks: 2, forgiven: 0, status: 'going' }],
    ['last week empty, this week open: at risk', [1, 2, 0, 0], { weeks: 2, forgiven: 0, status: 'at-risk' }],
    ['last week empty, this week has a win: forgiven', [1, 2, 0, 1], { weeks: 3, forgiven: 1, status: 'going' }],
    ['empty week before the first win is not forgiven', [0, 3, 0, 1], { weeks: 2, forgiven: 1, status: 'going' }],
    ['two empty weeks just before an open week: over', [4, 0, 0, 0], { weeks: 0, forgiven: 0, status: 'none' }],
    ['empty history array', [], { weeks: 0, forgiven: 0, status: 'none' }],
  ])('%s', (_, counts, expected) => {
    expect(forgivingStreak(counts)).toEqual(expected);
  });
});
