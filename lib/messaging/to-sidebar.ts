/**
 * What travels to the sidebar, kept apart from protocol.ts: that file's schemas bring the
 * schema library, and code that runs in helpdesk pages (the detector, the sidebar) needs only
 * these names, so it must not pay for it (the detector's budget is 25 KB, tests/e2e/artifacts).
 */

/**
 * The one message the background sends to a tab: the agent pressed the shortcut that moves
 * focus into the sidebar (manifest command "focus-sidebar"). No payload, nothing to validate
 * but its name; content scripts hear only their own extension.
 */
export const FOCUS_SIDEBAR = 'background→sidebar:focus';
export const FOCUS_SIDEBAR_COMMAND = 'focus-sidebar';
