import { afterEach, describe, expect, it, vi } from 'vitest';

const steps: Array<ReturnType<typeof vi.fn>> = [];
const warmUpSteps = vi.fn(() => steps);
vi.mock('@/lib/analysis/warm-up', () => ({ warmUpSteps }));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
  warmUpSteps.mockClear();
  steps.length = 0;
});

const SETTINGS = { mutedRules: [], sensitivity: 'medium' as const, customJargon: [] };
const idleFor = (ms: number) => ({ didTimeout: false, timeRemaining: () => ms }) as IdleDeadline;

describe('warmUpWhenIdle', () => {
  it('warms the engine once per page, one step per short idle moment, however often it is asked', async () => {
    steps.push(vi.fn(), vi.fn(), vi.fn());
    const idle: Array<(deadline: IdleDeadline) => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => idle.push(callback));
    const { warmUpWhenIdle } = await import('@/components/sidebar/idle-warm-up');
    warmUpWhenIdle(SETTINGS);
    warmUpWhenIdle(SETTINGS);
    expect(warmUpSteps).toHaveBeenCalledTimes(1);
    expect(warmUpSteps).toHaveBeenCalledWith(SETTINGS);
    expect(steps[0]).not.toHaveBeenCalled();
    // A short idle moment runs one step and asks for another moment.
    idle.shift()!(idleFor(3));
    expect(steps.map((step) => step.mock.calls.length)).toEqual([1, 0, 0]);
    // A long one runs the rest.
    idle.shift()!(idleFor(40));
    expect(steps.map((step) => step.mock.calls.length)).toEqual([1, 1, 1]);
    expect(idle).toHaveLength(0);
  });

  it('falls back to short timers where the browser has no idle callback, and a failed step stays quiet', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    steps.push(
      vi.fn(() => {
        throw new Error('boom');
      }),
      vi.fn(),
    );
    const { warmUpWhenIdle } = await import('@/components/sidebar/idle-warm-up');
    warmUpWhenIdle(SETTINGS);
    expect(steps[0]).not.toHaveBeenCalled();
    expect(() => vi.advanceTimersByTime(200)).not.toThrow();
    expect(steps[0]).toHaveBeenCalledTimes(1);
    expect(steps[1]).toHaveBeenCalledTimes(1);
  });
});
