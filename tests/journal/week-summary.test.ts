import { describe, expect, it } from 'vitest';
import { summariseWeek } from '@/lib/journal/week-summary';
import type { WinKind } from '@/lib/journal/win-schema';

const MONDAY = new Date(2026, 10, 30, 9).getTime();
const at = (kind: WinKind, day: number) => ({ kind, createdAt: MONDAY + day * 86_400_000 });

describe('summariseWeek', () => {
  it('counts by kind, most first, and names the leading kind as the week’s theme', () => {
    const summary = summariseWeek([at('save', 0), at('thank-you', 0), at('thank-you', 2), at('thank-you', 3)]);
    expect(summary).toEqual({
      total: 4,
      days: 3,
      byKind: [
        { kind: 'thank-you', count: 3 },
        { kind: 'save', count: 1 },
      ],
      theme: 'thank-you',
    });
  });

  it('breaks a two-way tie by the product’s kind order', () => {
    expect(summariseWeek([at('teamwork', 0), at('save', 1)]).theme).toBe('save');
  });

  it('calls a week led by three or more kinds at once varied', () => {
    expect(summariseWeek([at('teamwork', 0), at('save', 1), at('learned', 2)]).theme).toBe('varied');
  });

  it('calls a week without wins quiet, never a miss', () => {
    expect(summariseWeek([])).toEqual({ total: 0, days: 0, byKind: [], theme: 'quiet' });
  });
});
