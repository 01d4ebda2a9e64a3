import type { Root } from 'react-dom/client';
import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { createQuietRoot } from '@/components/sidebar/create-quiet-root';
import { guardWrites } from '@/components/sidebar/write-guard';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { createShadowHost, type ShadowHost } from '@/lib/dom/shadow-host';
import { TicketWatcher } from '@/lib/content/ticket-watcher';
import { extensionContextGone } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';

export const HOST_TAG = 'heartdesk-sidebar';
const CONTEXT_CHECK_MS = 2_000;
// Interactions that would reach extension APIs (storage, messaging) from the sidebar.
const GUARDED_EVENTS = ['click', 'pointerdown', 'keydown'];

/**
 * Keeps exactly one sidebar on the page while a ticket view with a reply box is
 * open: mounts it, removes it on pages that are not tickets, puts it back if the
 * helpdesk re-renders it away, and stops reading the page (with a "reload this
 * tab" note) once the extension was updated or reloaded underneath.
 */
export function mountSidebar(adapter: HelpdeskAdapter, signal: AbortSignal): TicketWatcher {
  const reading = new AbortController();
  signal.addEventListener('abort', () => reading.abort(), { once: true });
  const watcher = new TicketWatcher(adapter, reading.signal);
  // Resolved while the extension is alive: once it is reloaded, chrome.i18n answers
  // nothing and every t() would show its raw key (seen in hardening-reload.e2e.ts).
  const updatedNote = t('sidebar_extensionUpdated');
  let ui: { shadow: ShadowHost; root: Root } | undefined;
  let stale = false;

  const render = () => {
    ui?.root.render(<SidebarApp watcher={watcher} helpdeskName={adapter.name} site={location.hostname} />);
  };
  const mount = () => {
    // An older copy (extension reloaded, script injected twice) may have left its host behind.
    for (const old of document.querySelectorAll(HOST_TAG)) old.remove();
    const shadow = createShadowHost(HOST_TAG, sidebarCss);
    for (const type of GUARDED_EVENTS) shadow.host.addEventListener(type, guard, { capture: true });
    guardWrites(shadow.host, shadow.container.getRootNode() as ShadowRoot);
    const root = createQuietRoot(shadow.container, {
      // Once the extension is gone, effect cleanups that unsubscribe from extension
      // storage throw; they are expected and must not surface as uncaught errors.
      onUncaughtError: (error) => {
        if (!stale) reportError(error);
      },
    });
    ui = { shadow, root };
  };
  const unmount = () => {
    ui?.root.unmount();
    ui?.shadow.remove();
    ui = undefined;
  };
  /**
   * The extension is gone: swap the sidebar for a small note (no buttons left that
   * would call dead extension APIs and throw uncaught), stop reading the page and
   * stop re-attaching, so a freshly injected new version is never fought over.
   */
  const goStale = () => {
    if (stale) return;
    stale = true;
    clearInterval(reattach);
    clearInterval(contextCheck);
    // Unmounting also undocks, so the helpdesk gets its full width back.
    unmount();
    reading.abort();
    mount();
    ui?.root.render(
      <div className="hd-root">
        <p className="hd-stale-note" role="alert">
          {updatedNote}
        </p>
      </div>,
    );
  };
  const guard = (event: Event) => {
    if (stale || !extensionContextGone()) return;
    // Capture phase on the host runs before React's listeners inside the shadow root.
    event.stopPropagation();
    event.preventDefault();
    goStale();
  };
  const sync = () => {
    if (signal.aborted || stale) return;
    const { ticketKey, composerFound } = watcher.getSnapshot();
    if (ui && !ui.shadow.host.isConnected) unmount();
    if (!ui && ticketKey !== null && composerFound) {
      mount();
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
    if (extensionContextGone()) goStale();
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
