import { createRoot, type Root } from 'react-dom/client';
import sidebarCss from './sidebar.css?inline';
import { SidebarApp } from './SidebarApp';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { createShadowHost, type ShadowHost } from '@/lib/dom/shadow-host';
import { TicketWatcher } from '@/lib/dom/ticket-watcher';
import { extensionContextGone } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';

export const HOST_TAG = 'heartdesk-sidebar';
const CONTEXT_CHECK_MS = 2_000;

/**
 * Keeps exactly one sidebar on the page while a ticket view with a reply box is
 * open: mounts it, removes it on pages that are not tickets, puts it back if the
 * helpdesk re-renders it away, and stops reading the page (with a "reload this
 * tab" note) once the extension was updated or reloaded underneath.
 */
export function mountSidebar(adapter: HelpdeskAdapter, signal: AbortSignal): TicketWatcher {
  const watcher = new TicketWatcher(adapter, signal);
  const reading = new AbortController();
  signal.addEventListener('abort', () => reading.abort(), { once: true });
  let ui: { shadow: ShadowHost; root: Root } | undefined;
  let staleMessage: string | undefined;

  const render = () => {
    ui?.root.render(
      <SidebarApp watcher={watcher} helpdeskName={adapter.name} site={location.hostname} staleMessage={staleMessage} />,
    );
  };
  const unmount = () => {
    ui?.root.unmount();
    ui?.shadow.remove();
    ui = undefined;
  };
  const sync = () => {
    if (signal.aborted) return;
    const { ticketKey, composerFound } = watcher.getSnapshot();
    if (ui && !ui.shadow.host.isConnected) unmount();
    if (!ui && ticketKey !== null && composerFound) {
      // An older copy (extension reloaded, script injected twice) may have left its host behind.
      for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
      const shadow = createShadowHost(HOST_TAG, sidebarCss);
      ui = { shadow, root: createRoot(shadow.container) };
      render();
    } else if (ui && ticketKey === null) {
      unmount();
    }
  };

  watcher.subscribe(sync);
  watcher.start();
  // The helpdesk may re-render the element our host sits in; put the sidebar back.
  const reattach = setInterval(sync, 1_000);
  const contextCheck = setInterval(() => {
    if (!extensionContextGone()) return;
    staleMessage = t('sidebar_extensionUpdated');
    clearInterval(contextCheck);
    render();
  }, CONTEXT_CHECK_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(reattach);
      clearInterval(contextCheck);
      unmount();
    },
    { once: true },
  );
  return watcher;
}
