import { useEffect, useState, type CSSProperties } from 'react';
import type { TicketWatcher } from '@/lib/content/ticket-watcher';
import { bandBesideReplyBox, RAIL_WIDTH } from '@/lib/dom/dock-mode';
import { clearSpanInColumn, formControlBoxes } from '@/lib/dom/clear-column';
import { MIN_COLUMN_HEIGHT, roomBesideContent, type OverlayRoom, type Rect } from '@/lib/dom/overlay-room';
import { contentBoxesInColumn, coversContent } from '@/lib/dom/page-content';
import { topChromeBottom } from '@/lib/dom/top-chrome';
import { listenForFocusCommand } from '@/lib/messaging/client';
import { DEFAULT_SIDEBAR_STATE, sidebarStateItem, type SidebarState } from '@/lib/storage/settings';
import { ResizeHandle } from '@/components/sidebar/ResizeHandle';
import { PagePicker } from '@/components/sidebar/PagePicker';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { useDockLayout } from '@/components/sidebar/useDockLayout';
import { PageHidesNotice } from '@/components/sidebar/PageHidesNotice';
import { RailButton } from '@/components/sidebar/RailButton';
import { RailStrip } from '@/components/sidebar/RailStrip';
import { forgetPageRecipe } from '@/lib/storage/page-recipes';

interface Props {
  watcher: TicketWatcher;
  helpdeskName: string;
  site: string;
  /** The page's origin, which a "Show Heartdesk this page" recipe is kept for. */
  origin: string;
  /** Heartdesk's own host element, which the picker looks through. */
  host: Element;
  /** The narrowest page this helpdesk's layout handles (the adapter's `minPageWidth`). */
  minPageWidth?: number;
}

/**
 * Where the open rail's panel goes; `covers` when no place keeps the customer's messages clear,
 * `floats` when it lies over some of the page's controls (then a click outside closes it).
 */
type Overlay = { style: CSSProperties; wide: boolean; short: boolean; covers?: true; floats?: true };

// Below this height a column is mostly header and check; the panel lies across the band instead.
const SHORT_BAND_PX = 360;
/**
 * Below this height the panel shows the customer's mood as one line above the cards (200 % zoom):
 * a taller panel has room for the words that gave it away, as the docked sidebar shows them.
 */
const COMPACT_MOOD_BELOW_PX = 480;
const WIDE_PANEL_PX = 680;

/**
 * The open rail's place: over the page, below the helpdesk's top bars, beside the reply box
 * and never on it, and no taller than its cards need (RT's ticket page stays usable beneath).
 */
function overlayBeside(watcher: TicketWatcher, width: number, host: Element): Overlay {
  const right = document.documentElement.clientWidth - RAIL_WIDTH;
  const room = right - 16;
  const panelLeft = right - Math.min(width, room);
  const chromeBottom = topChromeBottom(panelLeft, right, host);
  const below = chromeBottom > 0 ? chromeBottom + 8 : 0;
  const column = { left: panelLeft, right };
  const span = { top: below, bottom: window.innerHeight };
  const obstacles = [
    watcher.composerBox(),
    watcher.threadBox(),
    ...formControlBoxes(host),
    ...contentBoxesInColumn(column, span, host),
  ];
  const clear = clearSpanInColumn(column, span, obstacles);
  if (clear.bottom - clear.top >= MIN_COLUMN_HEIGHT) return inRoom({ left: panelLeft, right, ...clear }, width);
  const band = bandBesideReplyBox(window.innerHeight, watcher.composerBox(), { chromeBottom, panelLeft });
  const over = { left: panelLeft, right, top: band.top, bottom: band.bottom };
  const thread = watcher.threadBox();
  // Beside the reply box is not enough when the panel lies over the customer's message above it.
  const overThread = thread !== null && overlaps(over, thread);
  if (overThread) {
    const clear = roomBesideContent(
      { width: document.documentElement.clientWidth, height: window.innerHeight },
      [thread, watcher.composerBox()],
      { chromeBottom: topChromeBottom(0, right, host), right },
    );
    // A side menu's column is still taken here (README, "Room for the helpdesk"): the thread fills the panel's own.
    if (clear) return inRoom(clear, width);
  }
  const wide = band.bottom - band.top < SHORT_BAND_PX && room > width;
  // Wherever it would lie over the page's words, links or controls, the panel waits in the rail's
  // own column as a strip and covers the helpdesk only when the agent asks ("Show over the ticket").
  const covers = overThread || coversContent(over, host);
  return {
    ...(covers ? { covers: true as const } : {}),
    floats: true,
    style: {
      top: `${band.top}px`,
      // The wide panel's grid needs a definite height; the column shrinks to its content.
      ...(wide
        ? { bottom: `${window.innerHeight - band.bottom}px` }
        : { bottom: 'auto', maxHeight: `${band.bottom - band.top - 8}px` }),
      width: `${Math.min(wide ? WIDE_PANEL_PX : width, room)}px`,
    },
    wide,
    short: band.bottom - band.top < COMPACT_MOOD_BELOW_PX,
  };
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The panel in a place that keeps the thread and the reply box clear, against its right edge. */
function inRoom(room: OverlayRoom, width: number): Overlay {
  const roomWidth = room.right - room.left;
  const wide = room.bottom - room.top < SHORT_BAND_PX && roomWidth > width;
  const panelWidth = Math.min(wide ? WIDE_PANEL_PX : width, roomWidth);
  return {
    style: {
      left: `${room.right - panelWidth}px`,
      right: 'auto',
      top: `${room.top}px`,
      ...(wide
        ? { bottom: `${window.innerHeight - room.bottom}px` }
        : { bottom: 'auto', maxHeight: `${room.bottom - room.top}px` }),
      width: `${panelWidth}px`,
    },
    wide,
    short: room.bottom - room.top < COMPACT_MOOD_BELOW_PX,
  };
}

/**
 * Layout of the sidebar on this site: docked, collapsed to a tab, or a rail on narrow screens;
 * width and collapsed remembered per host name. Keyboard: the shortcut brings focus in, Esc
 * hands it back to the reply with the caret where it was. The picker ("Show Heartdesk this page") when open.
 */
export function SidebarApp({ watcher, helpdeskName, site, origin, host, minPageWidth }: Props) {
  const [layout, setLayout] = useState<SidebarState>(DEFAULT_SIDEBAR_STATE);
  // Nothing shows until the agent's layout for this site is read: a sidebar they left collapsed
  // must not open for a moment first, which would also count its cards as seen.
  const [layoutRead, setLayoutRead] = useState(false);
  const [railOpen, setRailOpen] = useState(false);
  const [overlay, setOverlay] = useState<Overlay>();
  // With no room clear of the customer's messages the rail opens as a strip; the agent may still read over them.
  const [overAnyway, setOverAnyway] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [picking, setPicking] = useState(false);
  useEffect(() => {
    sidebarStateItem
      .getValue()
      .then((all) => setLayout(all[site] ?? DEFAULT_SIDEBAR_STATE))
      .catch(() => undefined)
      .finally(() => setLayoutRead(true));
  }, [site]);
  const mode = useDockLayout(layout.width, layout.collapsed, host, minPageWidth);

  const remember = (next: SidebarState) => {
    setLayout(next);
    void sidebarStateItem.getValue().then((all) => sidebarStateItem.setValue({ ...all, [site]: next }));
  };
  const openRail = () => {
    setOverlay(overlayBeside(watcher, layout.width, host));
    setRailOpen(true);
  };
  const closeRail = () => {
    setRailOpen(false);
    setOverAnyway(false);
    watcher.focusComposer();
  };

  // While the rail is open the reply box may move (scrolling, the window resized): follow it.
  useEffect(() => {
    if (!railOpen || mode !== 'rail') return;
    const follow = () => setOverlay(overlayBeside(watcher, layout.width, host));
    window.addEventListener('scroll', follow, { passive: true, capture: true });
    window.addEventListener('resize', follow, { passive: true });
    return () => {
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
    };
  }, [railOpen, mode, watcher, layout.width, host]);

  // Over the page's controls, the panel is a glance: a click on the page closes it (the click still lands).
  useEffect(() => {
    if (!railOpen || mode !== 'rail' || !overlay?.floats) return;
    const outside = (event: PointerEvent) => {
      if (!host.contains(event.target as Node)) setRailOpen(false);
    };
    document.addEventListener('pointerdown', outside, { capture: true });
    return () => document.removeEventListener('pointerdown', outside, { capture: true });
  }, [railOpen, mode, overlay?.floats, host]);

  useEffect(
    () =>
      listenForFocusCommand(() => {
        if (layout.collapsed) remember({ ...layout, collapsed: false });
        else if (mode === 'rail') openRail();
        setFocusRequest((n) => n + 1);
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layout, mode],
  );

  const strip = mode === 'rail' && railOpen && overlay?.covers === true && !overAnyway;
  const showPanel = layoutRead && (mode === 'docked' || (mode === 'rail' && railOpen && !strip));
  return (
    <div
      className={`hd-root hd-mode-${mode}`}
      style={{ ['--hd-width' as string]: `${layout.width}px` }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Esc closes the open rail, and always hands the keyboard back to the reply, caret where the agent left it.
        if (mode === 'rail' && railOpen) closeRail();
        else watcher.focusComposer();
      }}
    >
      {mode === 'docked' ? (
        <ResizeHandle
          width={layout.width}
          onResize={(width) => setLayout({ ...layout, width })}
          onCommit={(width) => remember({ ...layout, width })}
        />
      ) : null}
      {layoutRead && mode === 'tab' ? (
        <RailButton
          watcher={watcher}
          open={false}
          kind="tab"
          onToggle={() => {
            remember({ ...layout, collapsed: false });
            // The tab goes away with the click: the keyboard moves into the panel that replaces it.
            setFocusRequest((n) => n + 1);
          }}
        />
      ) : null}
      {layoutRead && mode === 'rail' ? (
        <RailButton watcher={watcher} open={railOpen} onToggle={() => (railOpen ? closeRail() : openRail())} />
      ) : null}
      {layoutRead && strip ? (
        <RailStrip
          focusRequest={focusRequest}
          onOpen={() => {
            setOverAnyway(true);
            setFocusRequest((n) => n + 1);
          }}
        />
      ) : null}
      {showPanel ? (
        <Sidebar
          watcher={watcher}
          helpdeskName={helpdeskName}
          overlay={mode === 'rail' ? overlay : undefined}
          focusRequest={focusRequest}
          onCollapse={() => {
            if (mode === 'rail') return closeRail();
            remember({ ...layout, collapsed: true });
            // The button goes away with the panel: hand the keyboard back to the reply, not to the page body.
            watcher.focusComposer();
          }}
          onShowMe={() => setPicking(true)}
          onForgetRecipe={() => void forgetPageRecipe(origin)}
        />
      ) : null}
      <PageHidesNotice />
      {picking ? <PagePicker host={host} origin={origin} onClose={() => setPicking(false)} /> : null}
    </div>
  );
}
