import { ADAPTERS } from '@/lib/adapters/index';
import { t } from '@/lib/i18n';
import type { UpgradeRecord } from '@/lib/storage/first-run';

const names = (ids: readonly string[]) =>
  ids.map((id) => ADAPTERS.find((adapter) => adapter.id === id)?.name ?? id).join(', ');

/**
 * After an update from the version that had every helpdesk host required: what the
 * browser kept (shown ticked below), what it did not (to allow again), and what was
 * given back because the agent had switched it off. Shown until the agent closes it.
 */
export function UpgradeNote({ upgrade, onDismiss }: { upgrade: UpgradeRecord; onDismiss: () => void }) {
  return (
    <section className="welcome-upgrade" aria-labelledby="upgrade-title" data-testid="upgrade-note">
      <h2 id="upgrade-title">{t('welcome_upgradeTitle')}</h2>
      <p>{t('welcome_upgradeWhat')}</p>
      {upgrade.kept.length > 0 ? <p>{t('welcome_upgradeKept')}</p> : null}
      {upgrade.needed.length > 0 ? (
        <p className="welcome-attention">{t('welcome_upgradeNeeded', names(upgrade.needed))}</p>
      ) : null}
      {upgrade.givenBack.length > 0 ? <p>{t('welcome_upgradeGivenBack', names(upgrade.givenBack))}</p> : null}
      <button type="button" onClick={onDismiss}>
        {t('welcome_upgradeDismiss')}
      </button>
    </section>
  );
}
