import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleTimer } from '@/lib/dom/settle-timer';

describe('settleTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const clock = () => Date.now();

  it('calls back once, delayMs after the last of a burst of pokes', () => {
    const callback = vi.fn();
    const settled = settleTimer(100, callback, clock);
    for (let key = 0; key < 10; key++) {
      settled.poke();
      vi.advanceTimersByTime(30);
    }
    // 10 pokes 30 ms apart: the last came 30 ms ago, so not settled yet.
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(69);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('keeps at most one timer pending however many pokes arrive', () => {
    const settled = settleTimer(100, () => undefined, clock);
    for (let key = 0; key < 500; key++) settled.poke();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('settles again after a later burst', () => {
    const callback = vi.fn();
    const settled = settleTimer(50, callback, clock);
    settled.poke();
    vi.advanceTimersByTime(50);
    settled.poke();
    vi.advanceTimersByTime(50);
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('never calls back once cancelled', () => {
    const callback = vi.fn();
    const settled = settleTimer(50, callback, clock);
    settled.poke();
    settled.cancel();
    vi.advanceTimersByTime(500);
    expect(callback).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
