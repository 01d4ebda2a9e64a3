import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/** Where the wins go, and the privacy promise in two sentences. */
export function JournalAndPrivacy() {
  return (
    <section className="welcome-section welcome-columns" aria-labelledby="privacy-title">
      <div>
        <h2 id="journal-title">{t('welcome_journalTitle')}</h2>
        <p>{t('welcome_journalWhere')}</p>
        <p>
          <a href={browser.runtime.getURL('/journal.html')}>{t('welcome_journalOpen')}</a>
        </p>
      </div>
      <div>
        <h2 id="privacy-title">{t('welcome_privacyTitle')}</h2>
        <p data-testid="privacy-promise">{t('welcome_privacyPromise')}</p>
        <p>
          <a href={browser.runtime.getURL('/options.html')}>{t('welcome_openOptions')}</a>
        </p>
      </div>
    </section>
  );
}
