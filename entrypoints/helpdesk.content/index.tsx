import '@/lib/zod-jitless';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { builtinMatchPatterns } from '@/lib/adapters/match-patterns';
import { adapterForUrl } from '@/lib/adapters/match-url';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { TicketWatcher } from '@/lib/dom/ticket-watcher';
import { loadPreferences } from '@/lib/storage/settings';
import { genericAdapter } from '@/lib/adapters/generic';
import { sendToBackground } from '@/lib/messaging/client';
import { isCustomSite } from '@/lib/sites/custom-sites';
import { loadCustomSites } from '@/lib/sites/custom-sites-browser';
import { createHealthReporter } from '@/lib/sites/health-reporter';

const HOST_TAG = 'heartdesk-sidebar';

export default defineContentScript({
  // Replaced at build time by wxt.config.ts from the same registry (plus the demo in test builds).
  matches: builtinMatchPatterns(),
  runAt: 'document_idle',
  // Styles go into the closed shadow root as text: no web-accessible CSS file to fetch.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const preferences = await loadPreferences();
    const adapter =
      adapterForUrl(
        location.href,
        activeAdapters.filter((candidate) => !preferences.disabledHelpdesks.includes(candidate.id)),
      ) ?? (await customSiteAdapter());
    if (!adapter) return;
    const watcher = new TicketWatcher(adapter, ctx.signal);
    const mounter = createMounter(ctx, watcher, adapter);
    const reportHealth = createHealthReporter(adapter, location.hostname, (report) =>
      sendToBackground('sidebar→background:health', report),
    );
    watcher.subscribe(() => {
      mounter.sync();
      reportHealth(watcher.getSnapshot());
    });
    watcher.start();
  },
});

/** A site the agent added on the options page (registered at run time): generic detection. */
async function customSiteAdapter(): Promise<HelpdeskAdapter | null> {
  return isCustomSite(location.origin, await loadCustomSites()) ? genericAdapter(location.origin) : null;
}

function createMounter(ctx: ContentScriptContext, watcher: TicketWatcher, adapter: HelpdeskAdapter) {
  let ui: ShadowRootContentScriptUi<Root> | undefined;
  let pending: Promise<void> | undefined;

  const mount = async () => {
    // An earlier copy of this script (extension reloaded or injected twice) may have left its host behind.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    const created = await createShadowRootUi<Root>(ctx, {
      name: HOST_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Closed: page scripts cannot read the sidebar (quality.md 14).
      mode: 'closed',
      // The sidebar's keystrokes must not reach the helpdesk's shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
      css: sidebarCss,
      onMount(container) {
        const root = createRoot(container);
        root.render(<SidebarApp watcher={watcher} helpdeskName={adapter.name} site={location.hostname} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    if (ctx.isInvalid) return;
    created.mount();
    ui = created;
  };

  return {
    sync() {
      const { ticketKey, composerFound } = watcher.getSnapshot();
      const wanted = ticketKey !== null && composerFound;
      if (wanted && !ui && !pending) {
        pending = mount().finally(() => {
          pending = undefined;
        });
      } else if (!wanted && ticketKey === null && ui) {
        ui.remove();
        ui = undefined;
      }
    },
  };
}
