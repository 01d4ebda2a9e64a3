import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import { Sidebar } from '@/components/sidebar/Sidebar';
import tourCss from '@/components/welcome/tour-sidebar.css?inline';
import { tourAdapter } from '@/components/welcome/tour-adapter';
import { TicketWatcher } from '@/lib/content/ticket-watcher';
import { t } from '@/lib/i18n';

export type TourOnlyAction = 'save-win' | 'mute-rule';

/**
 * The real sidebar, reading the sample ticket through the real watcher, in a shadow
 * root like on a helpdesk (its stylesheet and this page's stay apart). Two of its
 * buttons would change the agent's own data, so in the tour they are caught before
 * the sidebar acts and the tour says what they would do: saving a win (the tour
 * keeps nothing) and muting a rule.
 */
export function TourSidebar({ onTourOnly }: { onTourOnly: (action: TourOnlyAction) => void }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [stage, setStage] = useState<{ container: HTMLElement; watcher: TicketWatcher }>();
  const [collapsed, setCollapsed] = useState(false);
  const latest = useRef(onTourOnly);
  useEffect(() => {
    latest.current = onTourOnly;
  }, [onTourOnly]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    // Open: nothing else runs in an extension page, and tools such as screen-reader checks can see in.
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${sidebarCss}\n${tourCss}`;
    const container = document.createElement('div');
    shadow.replaceChildren(style, container);
    const reading = new AbortController();
    const watcher = new TicketWatcher(tourAdapter, reading.signal, { doc: document });
    watcher.start();
    const guard = (event: Event) => {
      const button = (event.target as Element | null)?.closest?.('button');
      const action: TourOnlyAction | undefined = button?.closest('.hd-win')
        ? 'save-win'
        : button?.closest('.hd-nudge .hd-actions') && button === button.parentElement?.lastElementChild
          ? 'mute-rule'
          : undefined;
      if (!action) return;
      event.stopPropagation();
      event.preventDefault();
      latest.current(action);
    };
    shadow.addEventListener('click', guard, { capture: true });
    setStage({ container, watcher });
    return () => {
      shadow.removeEventListener('click', guard, { capture: true });
      reading.abort();
      setStage(undefined);
    };
  }, []);

  return (
    <div ref={hostRef} className="tour-sidebar" aria-label={t('welcome_tourSidebarLabel')} role="region">
      {stage
        ? createPortal(
            <div className="hd-root">
              {collapsed ? (
                <button
                  type="button"
                  className="hd-tab"
                  onClick={() => setCollapsed(false)}
                  aria-label={t('sidebar_expand')}
                >
                  <span aria-hidden="true">♥</span>
                </button>
              ) : (
                <Sidebar
                  watcher={stage.watcher}
                  helpdeskName={t('welcome_tourHelpdesk')}
                  onCollapse={() => setCollapsed(true)}
                  focusRequest={0}
                />
              )}
            </div>,
            stage.container,
          )
        : null}
    </div>
  );
}
