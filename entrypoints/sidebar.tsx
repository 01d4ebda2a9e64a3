import '@/lib/zod-jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountSidebar } from '@/components/sidebar/mount-sidebar';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { readHandoff } from '@/lib/content/handoff';

/** Injected by the background into a tab where the detector found a ticket view. */
export default defineUnlistedScript(() => {
  const handoff = readHandoff();
  if (!handoff) return;
  handoff.stopSidebar?.();
  const adapter = activeAdapters.find((candidate) => candidate.id === handoff.adapterId);
  if (!adapter) return;
  const controller = new AbortController();
  handoff.stopSidebar = () => controller.abort();
  mountSidebar(adapter, controller.signal);
});
