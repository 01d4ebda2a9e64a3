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

/** The reply box on screen; `left`/`right` when known, so a panel beside it need not dodge it. */
export interface ReplyBox extends Band {
  left?: number;
  right?: number;
}

export interface BandOptions {
  /** Where the helpdesk's top bars end over the panel's columns (lib/dom/top-chrome.ts): the panel starts below. */
  chromeBottom?: number;
  /** The panel's left edge: a reply box wholly left of it is beside the panel, not under it. */
  panelLeft?: number;
  margin?: number;
}

/**
 * The open rail's vertical room, below the helpdesk's top bars (RT's search box, "Create new
 * ticket" and its tab row were under the panel at 1024 px). A reply box beside the panel leaves
 * it the whole height; one under it leaves the larger band above or below, so it never covers it.
 */
export function bandBesideReplyBox(
  viewportHeight: number,
  replyBox: ReplyBox | null,
  { chromeBottom = 0, panelLeft = Number.NEGATIVE_INFINITY, margin = 8 }: BandOptions = {},
): Band {
  const top = chromeBottom > 0 ? chromeBottom + margin : 0;
  const offScreen = !replyBox || replyBox.bottom <= top || replyBox.top >= viewportHeight;
  const beside = replyBox?.right !== undefined && replyBox.right + margin <= panelLeft;
  if (offScreen || beside) return { top, bottom: viewportHeight };
  const above = Math.max(top, replyBox.top - margin);
  const below = Math.max(0, viewportHeight - replyBox.bottom - margin);
  return above - top >= below ? { top, bottom: above } : { top: viewportHeight - below, bottom: viewportHeight };
}
