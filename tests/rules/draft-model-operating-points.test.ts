import { describe, expect, it } from 'vitest';
import { choosePoints, clearGuarded, type Row } from '@/scripts/draft-model-operating-points';

/** One category, rows as [logit, group, gold, clean]. */
const rows = (spec: Array<[number, number, boolean, boolean]>): Row[] =>
  spec.map(([logit, group, gold, clean]) => ({
    logits: [logit],
    group,
    gold: [gold],
    ruleFound: [false],
    ruleNagged: false,
    clean,
  }));

const config = { floor: [0.7, 0.5] as const, nagBudget: 0.05, modelNag: 0.05 };

describe('operating points of the learned second opinion', () => {
  it('lowers a point while its added findings stay precise enough, and no further', () => {
    // Bare replies: the top six are right, then only wrong ones (another problem).
    const data = rows([
      ...[9, 8, 7, 6, 5, 4].map((logit): [number, number, boolean, boolean] => [logit, 1, true, false]),
      ...[3, 2, 1, 0, -1, -2, -3].map((logit): [number, number, boolean, boolean] => [logit, 1, false, false]),
      ...Array.from({ length: 40 }, (): [number, number, boolean, boolean] => [-5, 0, false, true]),
    ]);
    const points = choosePoints(data, 1, config);
    // 6 right of 12 added is the floor of 0.5: the point sits between -1 and -2 at most.
    expect(points[1]![0]).toBeGreaterThanOrEqual(-1.5);
    expect(points[1]![0]).toBeLessThanOrEqual(3.5);
    expect(points[0]![0]).toBe(99);
  });

  it('never adds more nag than the budget allows', () => {
    // Offering replies: right ones mixed with good replies; the budget allows one good reply in 40.
    const data = rows([
      [9, 0, true, false],
      [8, 0, true, false],
      [7, 0, true, false],
      [6, 0, true, false],
      [5, 0, true, false],
      [4, 0, false, true],
      [3, 0, true, false],
      [2, 0, false, true],
      [1, 0, true, false],
      ...Array.from({ length: 38 }, (): [number, number, boolean, boolean] => [-5, 0, false, true]),
    ]);
    const points = choosePoints(data, 1, { ...config, modelNag: 0.025 });
    const nagged = data.filter((row) => row.clean && row.logits[0]! >= points[0]![0]!).length;
    expect(nagged).toBeLessThanOrEqual(1);
    expect(points[0]![0]).toBeLessThanOrEqual(3);
  });

  it("holds a category's findings in both groups together to its precision floor", () => {
    // Offering replies: eight right, then wrong ones (another problem). Bare replies: two right in every five.
    const offering: Array<[number, number, boolean, boolean]> = [
      ...[9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5].map((logit): [number, number, boolean, boolean] => [logit, 0, true, false]),
      ...[5, 4.5, 4].map((logit): [number, number, boolean, boolean] => [logit, 0, false, false]),
    ];
    const bare = Array.from({ length: 20 }, (_, k): [number, number, boolean, boolean] => [
      9.5 - k / 2,
      1,
      k % 5 < 2,
      false,
    ]);
    const data = rows([...offering, ...bare]);
    const loose = choosePoints(data, 1, { ...config, floor: [0.4, 0.4] });
    const strict = choosePoints(data, 1, { ...config, floor: [0.4, 0.4], categoryFloor: 0.7 });
    const added = (points: number[][]) => data.filter((row) => row.logits[0]! >= points[row.group]![0]!);
    const precision = (points: number[][]) =>
      added(points).filter((row) => row.gold[0]).length / Math.max(1, added(points).length);
    expect(precision(loose)).toBeLessThan(0.7);
    expect(precision(strict)).toBeGreaterThanOrEqual(0.7);
    // The floor is over both groups: the precise offering findings carry a few bare ones along.
    expect(added(strict).filter((row) => row.group === 1).length).toBeGreaterThan(0);
  });

  it("keeps the model's findings on good replies as typed within their budget", () => {
    // Ten right findings; two good replies whose prefixes score 5.5 and 2.5 in the offering group (the
    // budget is a share of the good replies with prefixes).
    const data = rows([
      ...[9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((logit): [number, number, boolean, boolean] => [logit, 0, true, false]),
      ...Array.from({ length: 40 }, (): [number, number, boolean, boolean] => [-5, 0, false, true]),
    ]);
    data[10]!.typed = [[5.5], [-Infinity]];
    data[11]!.typed = [[2.5], [-Infinity]];
    const typedNagged = (points: number[][]) =>
      data.filter((row) => row.typed?.some((logits, group) => logits[0]! >= points[group]![0]!)).length;
    expect(typedNagged(choosePoints(data, 1, config))).toBe(2);
    const held = choosePoints(data, 1, { ...config, typedNag: 0 });
    expect(typedNagged(held)).toBe(0);
    expect(held[0]![0]).toBeGreaterThan(5.5);
    expect(typedNagged(choosePoints(data, 1, { ...config, typedNag: 0.5 }))).toBe(1);
  });

  it('raises a point above any good reply of a guarded table', () => {
    const points = [[0.5], [99]];
    const moved = clearGuarded(points, rows([[1.2, 0, false, true]]));
    expect(moved).toBe(1);
    expect(points[0]![0]).toBeGreaterThan(1.2);
    expect(clearGuarded(points, rows([[1.2, 0, false, true]]))).toBe(0);
  });
});
