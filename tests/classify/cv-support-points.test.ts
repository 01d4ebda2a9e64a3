import { describe, expect, it } from 'vitest';
import { chooseShift, RECALL_BUDGET, upsetAt, type SideScore, type UpsetRow } from '@/scripts/cv-support-points';

const at = (margin: number, floored = false, capped = false): SideScore => ({ margin, floored, capped });
const quiet = at(-9);
const row = (upset: boolean, frustration: SideScore, sadness: SideScore = quiet): UpsetRow => ({
  upset,
  frustration,
  sadness,
});

describe('moving the support weights\' hints for "upset" (scripts/cv-support-points.ts)', () => {
  it('counts a message upset when either side is floored or reaches its shifted hint, never when capped', () => {
    const rows = [
      row(true, at(-5, true)),
      row(true, quiet, at(0.5)),
      row(false, at(0.2)),
      row(true, at(-0.3)),
      row(false, at(3, false, true)),
    ];
    expect(upsetAt(rows, { frustration: 0, sadness: 0 })).toEqual({ p: 2 / 3, r: 2 / 3 });
    // Frustration's hint lowered by 0.5 takes in the row 0.3 under it; sadness raised by 1 drops the one at 0.5.
    expect(upsetAt(rows, { frustration: -0.5, sadness: 1 })).toEqual({ p: 2 / 3, r: 2 / 3 });
    expect(upsetAt(rows, { frustration: 0.5, sadness: 0 })).toEqual({ p: 1, r: 2 / 3 });
  });

  it('raises the sadness hint past a band of calm messages the model reads as sad', () => {
    const upset = Array.from({ length: 40 }, (_, k) => row(true, at(1 + k / 10)));
    const calmSad = [row(false, quiet, at(0.1)), row(false, quiet, at(0.3)), row(false, quiet, at(0.6))];
    const shift = chooseShift([...upset, ...calmSad]);
    expect(shift.sadness).toBeGreaterThan(0.6);
    // Nothing is gained past the band, so it stops at the first step that clears it; frustration stays.
    expect(shift.sadness).toBeLessThanOrEqual(0.75);
    expect(shift.frustration).toBe(0);
  });

  it('never buys precision with more recall than the budget allows', () => {
    // Raising frustration's hint by 0.5 would drop the calm row, and 1 upset row in 10 with it.
    const rows = [...Array.from({ length: 9 }, () => row(true, at(2))), row(true, at(0.2)), row(false, at(0.3))];
    expect(RECALL_BUDGET).toBeLessThan(0.1);
    expect(chooseShift(rows)).toEqual({ frustration: 0, sadness: 0 });
  });
});
