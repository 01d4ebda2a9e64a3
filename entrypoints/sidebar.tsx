import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountSidebar } from '@/components/sidebar/mount-sidebar';
import { readHandoff } from '@/lib/content/handoff';
import { sendToBackground } from '@/lib/messaging/client';
import { createHealthReporter, factsFromSnapshot } from '@/lib/sites/health-reporter';

/** Injected by the background into a tab where the detector found a ticket view. */
export default defineUnlistedScript(() => {
  const handoff = readHandoff();
  if (!handoff) return;
  handoff.stopSidebar?.();
  const { adapter } = handoff;
  const controller = new AbortController();
  handoff.stopSidebar = () => controller.abort();
  const watcher = mountSidebar(adapter, controller.signal);
  const reportHealth = createHealthReporter(adapter, location.hostname, (report) =>
    sendToBackground('sidebar→background:health', report),
  );
  watcher.subscribe(() => reportHealth(factsFromSnapshot(watcher.getSnapshot())));
  reportHealth(factsFromSnapshot(watcher.getSnapshot()));
});
