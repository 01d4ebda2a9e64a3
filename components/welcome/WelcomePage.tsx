import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ADAPTERS } from '@/lib/adapters/index';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { t } from '@/lib/i18n';
import type { HostPermissions } from '@/lib/sites/permissions-api';
import { SELF_HOSTED_PRODUCTS } from '@/lib/sites/self-hosted-products';
import type { CustomSitesEnv } from '@/lib/sites/custom-sites';
import { CustomSites } from '@/components/shared/CustomSites';
import { browserPermissions } from '@/components/shared/use-granted-origins';
import { HelpdeskChooser } from '@/components/welcome/HelpdeskChooser';
import { JournalAndPrivacy } from '@/components/welcome/JournalAndPrivacy';
import { UpgradeNote } from '@/components/welcome/UpgradeNote';
import { useFirstRun } from '@/components/welcome/use-first-run';
import { Tour } from '@/components/welcome/Tour';

/** Helpdesks with their own public addresses; self-hosted products have none (they are added by address). */
const HOSTED = ADAPTERS.filter((adapter) => adapter.matches.length > 0);

const uiLanguage = () => {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
};

interface Props {
  helpdesks?: readonly HelpdeskAdapter[];
  permissions?: HostPermissions;
  sitesEnv?: CustomSitesEnv;
  firstRun?: ReturnType<typeof useFirstRun>;
}

/**
 * Opened once, on install (and from Options → Sites whenever the agent likes):
 * choose the helpdesk, try the sidebar on a sample ticket, learn where the journal
 * lives and what stays private. Nothing is granted until the agent clicks.
 */
export function WelcomePage({ helpdesks = HOSTED, permissions: given, sitesEnv, firstRun }: Props) {
  const [permissions] = useState(() => given ?? browserPermissions());
  const installed = useFirstRun();
  const { record, dismissUpgrade } = firstRun ?? installed;
  const upgrade = record?.upgrade;
  // "Request Tracker, Zammad or Chatwoot", in the reader's language.
  const selfHosted = new Intl.ListFormat(uiLanguage(), { type: 'disjunction' }).format(
    SELF_HOSTED_PRODUCTS.map((product) => product.name),
  );

  return (
    <main className="welcome">
      <header className="welcome-header">
        <p className="welcome-brand">
          <span aria-hidden="true">♥</span> {t('extensionName')}
        </p>
        <h1>{t('welcome_title')}</h1>
        <p className="welcome-lead">{t('welcome_lead')}</p>
      </header>

      {upgrade && !upgrade.dismissed ? <UpgradeNote upgrade={upgrade} onDismiss={dismissUpgrade} /> : null}

      <section className="welcome-section" aria-labelledby="choose-title">
        <h2 id="choose-title">{t('welcome_chooseTitle')}</h2>
        <p>{t('welcome_chooseIntro')}</p>
        <p className="welcome-reads">{t('welcome_whatItReads')}</p>
        <HelpdeskChooser
          helpdesks={helpdesks}
          permissions={permissions}
          usedBefore={upgrade && !upgrade.dismissed ? upgrade.needed : []}
        />
        <div className="welcome-own">
          <h3 id="own-title">{t('welcome_ownTitle')}</h3>
          <CustomSites
            env={sitesEnv}
            showTitle={false}
            submitLabel={t('welcome_ownSubmit')}
            intro={
              <>
                <p>{t('welcome_ownSelfHosted', selfHosted)}</p>
                <p className="welcome-muted">{t('welcome_ownAnother')}</p>
              </>
            }
          />
        </div>
        <p className="welcome-muted">{t('welcome_changeLater')}</p>
      </section>

      <Tour />

      <JournalAndPrivacy />
    </main>
  );
}
