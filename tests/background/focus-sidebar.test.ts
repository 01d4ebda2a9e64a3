import { describe, expect, it, vi } from 'vitest';
import { onFocusCommand } from '@/lib/background/focus-sidebar';
import { FOCUS_SIDEBAR } from '@/lib/messaging/to-sidebar';

describe('the shortcut into the sidebar', () => {
  it('tells the tab it was pressed in to focus its sidebar', async () => {
    const sendToTab = vi.fn(async () => undefined);
    expect(await onFocusCommand('focus-sidebar', 7, { activeTabId: async () => 9, sendToTab })).toBe(true);
    expect(sendToTab).toHaveBeenCalledWith(7, { type: FOCUS_SIDEBAR });
  });
  it('falls back to the active tab when the browser does not say which', async () => {
    const sendToTab = vi.fn(async () => undefined);
    await onFocusCommand('focus-sidebar', undefined, { activeTabId: async () => 9, sendToTab });
    expect(sendToTab).toHaveBeenCalledWith(9, { type: FOCUS_SIDEBAR });
  });
  it('ignores other commands, and a tab without a sidebar quietly', async () => {
    const sendToTab = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await onFocusCommand('_execute_action', 7, { activeTabId: async () => 7, sendToTab })).toBe(false);
    expect(sendToTab).not.toHaveBeenCalled();
    expect(await onFocusCommand('focus-sidebar', 7, { activeTabId: async () => 7, sendToTab })).toBe(false);
  });
});
