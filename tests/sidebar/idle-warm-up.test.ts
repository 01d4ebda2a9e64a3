import { afterEach, describe, expect, it, vi } from 'vitest';

const warmUpEngine = vi.fn();
vi.mock('@/lib/analysis/warm-up', () => ({ warmUpEngine }));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
  warmUpEngine.mockReset();
});

const SETTINGS = { mutedRules: [], sensitivity: 'medium' as const, customJargon: [] };

describe('warmUpWhenIdle', () => {
  it('warms the engine once, in an idle moment, however often sidebars open on the page', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const { warmUpWhenIdle } = await import('@/components/sidebar/idle-warm-up');
    warmUpWhenIdle(SETTINGS);
    warmUpWhenIdle(SETTINGS);
    expect(warmUpEngine).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(warmUpEngine).toHaveBeenCalledTimes(1);
    expect(warmUpEngine).toHaveBeenCalledWith(SETTINGS);
  });

  it('falls back to a short timer where the browser has no idle callback, and a failure stays quiet', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    warmUpEngine.mockImplementation(() => {
      throw new Error('boom');
    });
    const { warmUpWhenIdle } = await import('@/components/sidebar/idle-warm-up');
    warmUpWhenIdle(SETTINGS);
    expect(warmUpEngine).not.toHaveBeenCalled();
    expect(() => vi.advanceTimersByTime(250)).not.toThrow();
    expect(warmUpEngine).toHaveBeenCalledTimes(1);
  });
});
