import { useEffect, useState } from 'react';
import type { TicketWatcher } from '@/lib/content/ticket-watcher';
import { dockPage } from '@/lib/dom/dock-page';
import { keepBarsClear } from '@/lib/dom/keep-bars-clear';
import { DEFAULT_SIDEBAR_STATE, sidebarStateItem, type SidebarState } from '@/lib/storage/settings';
import { ResizeHandle } from '@/components/sidebar/ResizeHandle';
import { PagePicker } from '@/components/sidebar/PagePicker';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { PageHidesNotice } from '@/components/sidebar/PageHidesNotice';
import { forgetPageRecipe } from '@/lib/storage/page-recipes';

const COLLAPSED_TAB_WIDTH = 28;

interface Props {
  watcher: TicketWatcher;
  helpdeskName: string;
  site: string;
  /** The page's origin, which a "Show Heartdesk this page" recipe is kept for. */
  origin: string;
  /** Heartdesk's own host element, which the picker looks through. */
  host: Element;
}

/** Layout state of the sidebar on this site (collapsed, width), remembered per host name; the picker when open. */
export function SidebarApp({ watcher, helpdeskName, site, origin, host }: Props) {
  const [layout, setLayout] = useState<SidebarState>(DEFAULT_SIDEBAR_STATE);
  const [picking, setPicking] = useState(false);
  useEffect(() => {
    sidebarStateItem
      .getValue()
      .then((all) => setLayout(all[site] ?? DEFAULT_SIDEBAR_STATE))
      .catch(() => undefined);
  }, [site]);
  // Collapsed, the slim tab still gets its own strip, so it never sits on the helpdesk's buttons.
  // Narrowing the page does not move its fixed bars: those are slid out from under the sidebar too.
  useEffect(() => {
    const width = layout.collapsed ? COLLAPSED_TAB_WIDTH : layout.width;
    const undock = dockPage(width);
    const release = keepBarsClear(width, host);
    return () => {
      release();
      undock();
    };
  }, [layout.collapsed, layout.width, host]);

  const remember = (next: SidebarState) => {
    setLayout(next);
    void sidebarStateItem.getValue().then((all) => sidebarStateItem.setValue({ ...all, [site]: next }));
  };

  return (
    <div
      className="hd-root"
      style={{ ['--hd-width' as string]: `${layout.width}px` }}
      onKeyDown={(event) => {
        // Esc hands the keyboard back to the reply, caret where the agent left it.
        if (event.key === 'Escape') watcher.focusComposer();
      }}
    >
      {layout.collapsed ? null : (
        <ResizeHandle
          width={layout.width}
          onResize={(width) => setLayout({ ...layout, width })}
          onCommit={(width) => remember({ ...layout, width })}
        />
      )}
      <Sidebar
        watcher={watcher}
        helpdeskName={helpdeskName}
        collapsed={layout.collapsed}
        onCollapsedChange={(collapsed) => remember({ ...layout, collapsed })}
        onShowMe={() => setPicking(true)}
        onForgetRecipe={() => void forgetPageRecipe(origin)}
      />
      <PageHidesNotice />
      {picking ? <PagePicker host={host} origin={origin} onClose={() => setPicking(false)} /> : null}
    </div>
  );
}
