import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { adapterForUrl } from '@/lib/adapters/match-url';
import { startDetector } from '@/lib/content/detector';
import { loadDetectorSettings } from '@/lib/content/detector-settings';
import { readHandoff, writeHandoff } from '@/lib/content/handoff';
import { sendToBackground } from '@/lib/messaging/client';
import { genericAdapter } from '@/lib/adapters/generic';
import { createHealthReporter } from '@/lib/sites/health-reporter';
import { isAccessRevoked } from '@/lib/sites/access-revoked';

/**
 * The content script on helpdesk pages (registered in the manifest by
 * wxt.config.ts): only a detector. The sidebar bundle (React, engine) is injected
 * by the background once a ticket view with a reply box appears, so pages that
 * are not tickets pay for a URL check and nothing else.
 */
export default defineUnlistedScript(async () => {
  const previous = readHandoff();
  previous?.stopSidebar?.();
  previous?.stopDetector?.();
  const settings = await loadDetectorSettings();
  const adapter =
    adapterForUrl(
      location.href,
      activeAdapters.filter((candidate) => !settings.disabledHelpdesks.includes(candidate.id)),
    ) ?? (settings.isCustomSite(location.origin) ? genericAdapter(location.origin) : null);
  if (!adapter) return;
  const controller = new AbortController();
  writeHandoff({ adapter, stopDetector: () => controller.abort() });
  // The agent took this site's access back: stop reading it now, not only from the next load.
  const onRevoked = (message: unknown) => {
    if (!isAccessRevoked(message)) return;
    readHandoff()?.stopSidebar?.();
    controller.abort();
    browser.runtime.onMessage.removeListener(onRevoked);
  };
  browser.runtime.onMessage.addListener(onRevoked);
  const reportHealth = createHealthReporter(adapter, location.hostname, (report) =>
    sendToBackground('sidebar→background:health', report),
  );
  startDetector(
    adapter,
    () => void sendToBackground('detector→background:load-sidebar', {}).catch(() => undefined),
    controller.signal,
    window,
    reportHealth,
  );
});
