import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { t } from '@/lib/i18n';
import { addCustomSite, type CustomSitesEnv } from '@/lib/sites/custom-sites';
import { browserCustomSitesEnv } from '@/lib/sites/custom-sites-browser';
import type { HostPermissions } from '@/lib/sites/permissions-api';
import { siteOffer, type SiteOffer } from '@/lib/sites/site-offer';
import { loadPreferences, updatePreferences } from '@/lib/storage/settings';
import { browserPermissions } from '@/components/shared/use-granted-origins';
import '@/components/popup/use-here.css';

type Outcome = 'asking' | 'allowed' | 'denied' | { failed: string };

interface Props {
  /** The active tab's address; activeTab (opening the popup) reveals it without the tabs permission. */
  currentUrl?: () => Promise<string | undefined>;
  permissions?: HostPermissions;
  sitesEnv?: CustomSitesEnv;
}

const activeTabUrl = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;

/**
 * "Use Heartdesk on this site", shown only when the page could have the sidebar and
 * does not yet. One click asks the browser for this site alone; the background then
 * puts the detector in the open tab, so no reload is needed. A refusal changes nothing.
 */
export function UseOnThisSite({ currentUrl = activeTabUrl, permissions: givenPermissions, sitesEnv }: Props) {
  const [permissions] = useState(() => givenPermissions ?? browserPermissions());
  const [env] = useState(() => sitesEnv ?? browserCustomSitesEnv());
  const [offer, setOffer] = useState<SiteOffer>({ kind: 'none' });
  const [outcome, setOutcome] = useState<Outcome>();

  useEffect(() => {
    let live = true;
    // Best effort: without an answer the popup simply offers nothing.
    Promise.resolve()
      .then(() => Promise.all([currentUrl(), permissions.getAll(), env.load(), loadPreferences()]))
      .then(([url, all, sites, preferences]) => {
        if (!live) return;
        setOffer(
          siteOffer({
            url,
            helpdesks: activeAdapters,
            granted: all.origins ?? [],
            switchedOff: preferences.disabledHelpdesks,
            sites,
          }),
        );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [currentUrl, permissions, env]);

  if (offer.kind !== 'helpdesk' && offer.kind !== 'site') return null;

  const allow = () => {
    // The browser's prompt needs this click: asking is the first thing done. (Firefox closes
    // the popup when its prompt opens; the background then lists the granted site itself.)
    const asking =
      offer.kind === 'helpdesk'
        ? permissions.request({ origins: offer.origins }).then(async (granted) => {
            if (granted)
              await updatePreferences(({ disabledHelpdesks }) => ({
                disabledHelpdesks: disabledHelpdesks.filter((id) => id !== offer.helpdeskId),
              }));
            return granted;
          })
        : addCustomSite(offer.origin, env).then((added) => added === 'added');
    setOutcome('asking');
    asking.then(
      (granted) => setOutcome(granted ? 'allowed' : 'denied'),
      (error: unknown) => setOutcome({ failed: error instanceof Error ? error.message : String(error) }),
    );
  };

  const title =
    offer.kind === 'helpdesk' ? t('popup_useHereHelpdesk', offer.name, offer.host) : t('popup_useHereSite', offer.host);
  return (
    <section className="use-here" aria-labelledby="use-here-title" data-testid="use-here">
      <p id="use-here-title" className="use-here__title">
        {offer.kind === 'site' && offer.needsAccessAgain ? t('popup_useHereAgain', offer.host) : title}
      </p>
      <p className="hint">{t('popup_useHereReads')}</p>
      {outcome === 'allowed' ? (
        <p role="status" className="use-here__done">
          {t('popup_useHereDone', offer.host)}
        </p>
      ) : (
        <button type="button" onClick={allow} disabled={outcome === 'asking'}>
          {t('popup_useHereButton')}
        </button>
      )}
      {outcome === 'asking' ? <p role="status">{t('sites_helpdeskAsking')}</p> : null}
      {outcome === 'denied' ? (
        <p role="alert" className="error">
          {t('popup_useHereDenied')}
        </p>
      ) : null}
      {typeof outcome === 'object' ? (
        <p role="alert" className="error">
          {t('sites_helpdeskFailed', outcome.failed)}
        </p>
      ) : null}
    </section>
  );
}
