import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachSession } from '@/components/sidebar/coach-session';
import { fakeWatcher } from '@/tests/sidebar/fake-watcher';

const { warmUpWhenIdle } = vi.hoisted(() => ({ warmUpWhenIdle: vi.fn() }));
vi.mock('@/components/sidebar/idle-warm-up', () => ({ warmUpWhenIdle }));

afterEach(() => warmUpWhenIdle.mockReset());

describe('CoachSession warm-up', () => {
  it('gets the engine ready when the agent puts the caret in the reply, not on a ticket only read', () => {
    const page = fakeWatcher({ customerMessages: ['Where is my parcel?'] });
    const stop = new CoachSession(page.watcher).start();
    page.set({ draft: '' });
    expect(warmUpWhenIdle).not.toHaveBeenCalled();
    page.focusReply();
    expect(warmUpWhenIdle).toHaveBeenCalledTimes(1);
    expect(warmUpWhenIdle.mock.calls[0]![0]).toMatchObject({ sensitivity: expect.any(String) });
    stop();
    page.focusReply();
    expect(warmUpWhenIdle).toHaveBeenCalledTimes(1);
  });
});
