import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { chooseAdapter } from '@/lib/content/choose-adapter';
import { startDetector } from '@/lib/content/detector';
import { loadDetectorSettings } from '@/lib/content/detector-settings';
import { readHandoff, writeHandoff } from '@/lib/content/handoff';
import { sendToBackground } from '@/lib/messaging/client';
import { createHealthReporter } from '@/lib/sites/health-reporter';
import { isAccessRevoked } from '@/lib/sites/access-revoked';

/**
 * The content script on helpdesk pages (registered in the manifest by
 * wxt.config.ts): only a detector. The sidebar bundle (React, engine) is injected
 * by the background once a ticket view with something to read appears, so pages
 * that are not tickets pay for a URL check and nothing else.
 */
export default defineUnlistedScript(async () => {
  const previous = readHandoff();
  previous?.stopSidebar?.();
  previous?.stopDetector?.();
  const settings = await loadDetectorSettings();
  const enabled = activeAdapters.filter((candidate) => !settings.disabledHelpdesks.includes(candidate.id));
  const adapter = chooseAdapter(document, enabled, settings.isCustomSite);
  if (!adapter) return;
  const controller = new AbortController();
  const customSite = settings.isCustomSite(location.origin);
  writeHandoff({ adapter, customSite, stopDetector: () => controller.abort() });
  // The agent took this site's access back: stop reading it now, not only from the next load.
  const onRevoked = (message: unknown) => {
    if (!isAccessRevoked(message)) return;
    readHandoff()?.stopSidebar?.();
    controller.abort();
    browser.runtime.onMessage.removeListener(onRevoked);
  };
  browser.runtime.onMessage.addListener(onRevoked);
  const reportHealth = createHealthReporter(adapter, customSite ? location.host : '', (report) =>
    sendToBackground('sidebar→background:health', report),
  );
  startDetector(
    adapter,
    () => void sendToBackground('detector→background:load-sidebar', {}).catch(() => undefined),
    controller.signal,
    window,
    { hasRecipe: settings.hasRecipe(location.origin), onCheck: reportHealth },
  );
});
