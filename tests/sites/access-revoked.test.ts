import { describe, expect, it, vi } from 'vitest';
import { ACCESS_REVOKED, isAccessRevoked, stopRevokedTabs } from '@/lib/sites/access-revoked';

describe('stopping open tabs whose access was taken back', () => {
  it('tells only the tabs the extension can no longer reach, and survives a tab that is gone', async () => {
    const reachable = new Set([2]);
    const tell = vi.fn(async (tabId: number) => {
      if (tabId === 3) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const stopped = await stopRevokedTabs([1, 2, 3], async (tabId) => reachable.has(tabId), tell);
    expect(tell.mock.calls.map(([tabId]) => tabId)).toEqual([1, 3]);
    expect(stopped).toBe(1);
  });

  it('knows its own message and nothing else', () => {
    expect(isAccessRevoked({ type: ACCESS_REVOKED })).toBe(true);
    for (const other of [null, undefined, 'x', { type: 'sidebar→background:ping' }, {}])
      expect(isAccessRevoked(other)).toBe(false);
  });
});
