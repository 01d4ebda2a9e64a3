import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountSidebar } from '@/components/sidebar/mount-sidebar';
import { readHandoff } from '@/lib/content/handoff';
import type { EarlierMessages } from '@/lib/content/ticket-watcher';
import { sendToBackground } from '@/lib/messaging/client';
import { createHealthReporter, factsFromSnapshot } from '@/lib/sites/health-reporter';

/** The customer's messages of this tab's tickets, kept in the background's memory (lib/sites/thread-memory.ts). */
const earlier: EarlierMessages = {
  recall: (ticketKey) =>
    sendToBackground<'sidebar→background:recall-thread', string[] | null>('sidebar→background:recall-thread', {
      ticketKey,
    }),
  remember: (ticketKey, messages) =>
    void sendToBackground('sidebar→background:remember-thread', { ticketKey, messages: [...messages] }).catch(
      () => undefined,
    ),
};

/** Injected by the background into a tab where the detector found a ticket view. */
export default defineUnlistedScript(() => {
  const handoff = readHandoff();
  if (!handoff) return;
  handoff.stopSidebar?.();
  const { adapter } = handoff;
  const controller = new AbortController();
  handoff.stopSidebar = () => controller.abort();
  const watcher = mountSidebar(adapter, controller.signal, { earlier });
  const reportHealth = createHealthReporter(adapter, handoff.customSite ? location.host : '', (report) =>
    sendToBackground('sidebar→background:health', report),
  );
  watcher.subscribe(() => reportHealth(factsFromSnapshot(watcher.getSnapshot())));
  reportHealth(factsFromSnapshot(watcher.getSnapshot()));
});
