import type { Root } from 'react-dom/client';
import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { createQuietRoot } from '@/components/sidebar/create-quiet-root';
import { guardWrites } from '@/components/sidebar/write-guard';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { createShadowHost, type ShadowHost } from '@/lib/dom/shadow-host';
import { sidebarWanted } from '@/lib/content/sidebar-wanted';
import { TicketWatcher, type EarlierMessages } from '@/lib/content/ticket-watcher';
import { extensionContextGone } from '@/lib/messaging/client';
import { t } from '@/lib/i18n';
import { pageRecipesItem, parsePageRecipes } from '@/lib/storage/page-recipes';

export const HOST_TAG = 'heartdesk-sidebar';
const CONTEXT_CHECK_MS = 2_000;
// Interactions that would reach extension APIs (storage, messaging) from the sidebar.
const GUARDED_EVENTS = ['click', 'pointerdown', 'keydown'];

/**
 * Keeps exactly one sidebar on the page while a ticket view is open and something
 * was read (or, after the page had time to render, to say what could not be
 * read): mounts it, removes it on pages that are not tickets, puts it back if the
 * helpdesk re-renders it away, reads the page with the agent's recipe for the
 * site when there is one, and stops reading the page (with a "reload this tab"
 * note) once the extension was updated or reloaded underneath.
 */
export function mountSidebar(
  adapter: HelpdeskAdapter,
  signal: AbortSignal,
  options: { earlier?: EarlierMessages } = {},
): TicketWatcher {
  const reading = new AbortController();
  signal.addEventListener('abort', () => reading.abort(), { once: true });
  const watcher = new TicketWatcher(adapter, reading.signal, { earlier: options.earlier });
  const origin = location.origin;
  // The agent's recipe lives in extension storage; the page never sees it. Read now and on every change.
  const applyRecipes = (stored: unknown) => {
    if (!reading.signal.aborted) watcher.useRecipe(parsePageRecipes(stored)[origin] ?? null);
  };
  void pageRecipesItem.getValue().then(applyRecipes, () => undefined);
  const unwatchRecipes = pageRecipesItem.watch(applyRecipes);
  reading.signal.addEventListener(
    'abort',
    () => {
      try {
        unwatchRecipes();
      } catch {
        // The extension was reloaded under the page: its storage listener went with it.
      }
    },
    { once: true },
  );
  // Resolved while the extension is alive: once it is reloaded, chrome.i18n answers
  // nothing and every t() would show its raw key (seen in hardening-reload.e2e.ts).
  const updatedNote = t('sidebar_extensionUpdated');
  let ui: { shadow: ShadowHost; root: Root } | undefined;
  let stale = false;

  const render = () => {
    if (!ui) return;
    ui.root.render(
      <SidebarApp
        watcher={watcher}
        helpdeskName={adapter.name}
        site={location.hostname}
        origin={origin}
        host={ui.shadow.host}
        minPageWidth={adapter.minPageWidth}
      />,
    );
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
        if (!stale && !extensionContextGone()) reportError(error);
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
    const ours = ui?.shadow.host;
    unmount();
    reading.abort();
    // A new version already put its own sidebar on the page: leave it be, no note needed.
    if ([...document.querySelectorAll(HOST_TAG)].some((host) => host !== ours)) return;
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
    // Gone under the page (and maybe a new copy already mounted): never mount again from here.
    if (extensionContextGone()) {
      goStale();
      return;
    }
    const wanted = sidebarWanted(watcher.getSnapshot());
    if (ui && !ui.shadow.host.isConnected) unmount();
    if (!ui && wanted === 'show') {
      mount();
      render();
    } else if (ui && wanted === 'hide') {
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
