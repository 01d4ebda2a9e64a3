import { useEffect, useState } from 'react';
import type { TicketWatcher } from '@/lib/content/ticket-watcher';
import { dockPage } from '@/lib/dom/dock-page';
import { DEFAULT_SIDEBAR_STATE, sidebarStateItem, type SidebarState } from '@/lib/storage/settings';
import { ResizeHandle } from '@/components/sidebar/ResizeHandle';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { PageHidesNotice } from '@/components/sidebar/PageHidesNotice';

const COLLAPSED_TAB_WIDTH = 28;

interface Props {
  watcher: TicketWatcher;
  helpdeskName: string;
  site: string;
}

/** Layout state of the sidebar on this site (collapsed, width), remembered per host name. */
export function SidebarApp({ watcher, helpdeskName, site }: Props) {
  const [layout, setLayout] = useState<SidebarState>(DEFAULT_SIDEBAR_STATE);
  useEffect(() => {
    sidebarStateItem
      .getValue()
      .then((all) => setLayout(all[site] ?? DEFAULT_SIDEBAR_STATE))
      .catch(() => undefined);
  }, [site]);
  // Collapsed, the slim tab still gets its own strip, so it never sits on the helpdesk's buttons.
  useEffect(() => dockPage(layout.collapsed ? COLLAPSED_TAB_WIDTH : layout.width), [layout.collapsed, layout.width]);

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
      />
      <PageHidesNotice />
    </div>
  );
}
