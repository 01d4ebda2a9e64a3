/**
 * How the sidebar takes its room (issue 14, "room for the helpdesk"): docked beside the page
 * only while the helpdesk keeps a usable width; otherwise a slim rail that opens over the page
 * on demand (narrow windows, 200 % zoom: a 1440 px window at 200 % is 720 CSS px wide).
 */
export const MIN_HELPDESK_WIDTH = 720;
/** The collapsed tab and the rail: a strip this wide. */
export const RAIL_WIDTH = 28;

export type DockMode = 'docked' | 'rail' | 'tab';

/**
 * `minPageWidth`: the narrowest page the helpdesk's own layout still handles. Some helpdesks
 * fit their menus to the window rather than the page (Request Tracker), so a page narrowed by
 * the docked sidebar needs more room there than the usual 720 px.
 */
export function dockMode(
  viewportWidth: number,
  sidebarWidth: number,
  collapsed: boolean,
  minPageWidth = MIN_HELPDESK_WIDTH,
): DockMode {
  if (collapsed) return 'tab';
  return viewportWidth - sidebarWidth >= Math.max(MIN_HELPDESK_WIDTH, minPageWidth) ? 'docked' : 'rail';
}

/** How much of the page's width the sidebar reserves: the rail floats when even its strip would squeeze the page. */
export function reservedWidth(mode: DockMode, viewportWidth: number, sidebarWidth: number): number {
  if (mode === 'docked') return sidebarWidth;
  return viewportWidth - RAIL_WIDTH >= MIN_HELPDESK_WIDTH ? RAIL_WIDTH : 0;
}

export interface Band {
  top: number;
  bottom: number;
}

/** The open rail's vertical room: the larger band above or below the reply box, so it never covers it. */
export function bandBesideReplyBox(viewportHeight: number, replyBox: Band | null, margin = 8): Band {
  if (!replyBox || replyBox.bottom <= 0 || replyBox.top >= viewportHeight) return { top: 0, bottom: viewportHeight };
  const above = Math.max(0, replyBox.top - margin);
  const below = Math.max(0, viewportHeight - replyBox.bottom - margin);
  return above >= below ? { top: 0, bottom: above } : { top: viewportHeight - below, bottom: viewportHeight };
}
