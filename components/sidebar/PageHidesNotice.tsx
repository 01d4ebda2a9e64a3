import { useSyncExternalStore } from 'react';
import { t } from '@/lib/i18n';
import { blockedClicks } from '@/components/sidebar/write-guard';

/** Tells the agent that a click was dropped because the page covered or hid the sidebar. */
export function PageHidesNotice() {
  const blocked = useSyncExternalStore(blockedClicks.subscribe, blockedClicks.getSnapshot);
  if (!blocked) return null;
  return (
    <div className="hd-page-hides" role="alert">
      <p>{t(blocked.reason === 'covered' ? 'sidebar_pageCovers' : 'sidebar_pageHides')}</p>
      <button type="button" className="hd-link" onClick={blockedClicks.dismiss}>
        {t('sidebar_pageHidesDismiss')}
      </button>
    </div>
  );
}
