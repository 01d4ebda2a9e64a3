import { describe, expect, it } from 'vitest';
import { classifyMood } from '@/lib/classify';
import { calibrate, levelOf } from '@/lib/classify/calibration';

describe('calibration and sensitivity', () => {
  it('maps the operating points onto 0.5 and 0.8 monotonically', () => {
    const points = { hint: -0.5, confident: 2 };
    expect(calibrate(-0.5, points)).toBeCloseTo(0.5);
    expect(calibrate(2, points)).toBeCloseTo(0.8);
    const xs = [-20, -3, -0.6, -0.5, 0, 1.9, 2, 5, 40];
    const ys = xs.map((x) => calibrate(x, points));
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThanOrEqual(ys[i - 1]!);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(1);
  });

  it('needs more for a level at low sensitivity and less at high', () => {
    expect(levelOf(0.55, 'low')).toBe('none');
    expect(levelOf(0.55, 'medium')).toBe('hint');
    expect(levelOf(0.45, 'high')).toBe('hint');
    expect(levelOf(0.78, 'high')).toBe('confident');
    expect(levelOf(0.82, 'low')).toBe('hint');
  });

  it('passes sensitivity through classifyMood', () => {
    // A complaint between the levels ("The package arrived damaged." is now confident at every sensitivity).
    const message = 'The app keeps crashing.';
    const raised = (s: 'low' | 'medium' | 'high') =>
      Object.values(classifyMood([message], { sensitivity: s }).signals).filter((x) => x.level !== 'none').length;
    expect(raised('low')).toBeLessThanOrEqual(raised('medium'));
    expect(raised('medium')).toBeLessThanOrEqual(raised('high'));
    expect(classifyMood([message], { sensitivity: 'low' }).signals.frustration.level).toBe('hint');
  });
});
