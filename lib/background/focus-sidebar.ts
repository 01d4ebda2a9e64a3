import { FOCUS_SIDEBAR, FOCUS_SIDEBAR_COMMAND } from '@/lib/messaging/to-sidebar';

export interface FocusSidebarDeps {
  /** The tab the command was pressed in, when the browser says. */
  activeTabId: () => Promise<number | undefined>;
  sendToTab: (tabId: number, message: { type: string }) => Promise<unknown>;
}

/**
 * The shortcut into the sidebar (issue 14): the browser hands the command to the background,
 * which tells the tab's sidebar to take focus. A tab without a sidebar has no listener; the
 * failed send is expected and says nothing.
 */
export async function onFocusCommand(
  command: string,
  tabId: number | undefined,
  deps: FocusSidebarDeps,
): Promise<boolean> {
  if (command !== FOCUS_SIDEBAR_COMMAND) return false;
  const target = tabId ?? (await deps.activeTabId());
  if (target === undefined) return false;
  try {
    await deps.sendToTab(target, { type: FOCUS_SIDEBAR });
    return true;
  } catch {
    return false;
  }
}
