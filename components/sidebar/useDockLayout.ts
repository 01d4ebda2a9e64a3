import { useEffect, useState } from 'react';
import { dockPage } from '@/lib/dom/dock-page';
import { dockMode, reservedWidth, type DockMode } from '@/lib/dom/dock-mode';
import { keepBarsClear } from '@/lib/dom/keep-bars-clear';

function useViewportWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize, { passive: true });
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

/**
 * Docks the sidebar beside the helpdesk while the helpdesk keeps a usable width, otherwise
 * keeps a slim rail (issue 14). Whatever strip it takes, the helpdesk's fixed bars move out
 * of it (issue 13). `host` is the sidebar's own element, which the fixed-bar search skips.
 */
export function useDockLayout(
  width: number,
  collapsed: boolean,
  host: Element | null,
  minPageWidth?: number,
): DockMode {
  const viewport = useViewportWidth();
  const mode = dockMode(viewport, width, collapsed, minPageWidth);
  const reserved = reservedWidth(mode, viewport, width);
  useEffect(() => {
    const undock = dockPage(reserved);
    // Narrowing the page does not move its fixed bars: they are slid out from under the sidebar too.
    const unclear = host ? keepBarsClear(reserved, host) : () => undefined;
    return () => {
      unclear();
      undock();
    };
  }, [reserved, host]);
  return mode;
}
