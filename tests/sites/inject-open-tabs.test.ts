import { describe, expect, it, vi } from 'vitest';
import { injectIntoOpenTabs } from '@/lib/sites/inject-open-tabs';

describe('injectIntoOpenTabs', () => {
  it('puts the detector once in each open tab the new scripts match, and skips tabs that refuse', async () => {
    const query = vi.fn(async ({ url }: { url: string[] }) =>
      url.includes('https://*.zendesk.com/agent/*') ? [{ id: 1 }, { id: 2 }, {}] : [{ id: 2 }, { id: 3 }],
    );
    const inject = vi.fn(async (tabId: number) => {
      if (tabId === 3) throw new Error('Cannot access contents of the page');
    });
    const reached = await injectIntoOpenTabs(
      [{ matches: ['https://*.zendesk.com/agent/*'] }, { matches: ['https://app.intercom.com/a/*'] }],
      { query },
      inject,
    );
    expect(inject.mock.calls.map(([tabId]) => tabId)).toEqual([1, 2, 3]);
    expect(reached).toBe(2);
  });

  it('does nothing without new scripts', async () => {
    const inject = vi.fn(async () => undefined);
    expect(await injectIntoOpenTabs([], { query: async () => [{ id: 1 }] }, inject)).toBe(0);
    expect(inject).not.toHaveBeenCalled();
  });
});
