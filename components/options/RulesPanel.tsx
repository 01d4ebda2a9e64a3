import { ruleNameById } from '@/lib/coach/plain-names';
import { t } from '@/lib/i18n';
import type { SettingSource } from '@/lib/policy/merge-settings';
import { setDeclined } from '@/lib/storage/agent-choices';
import { MAX_CUSTOM_JARGON, MAX_JARGON_LENGTH, NUMBER_LIMITS, type Preferences } from '@/lib/storage/settings';
import { NumberSetting } from '@/components/options/NumberSetting';
import { OrganisationItems } from '@/components/options/OrganisationItems';
import { WordListEditor } from '@/components/options/WordListEditor';
import { OrganisationBadge } from '@/components/shared/OrganisationBadge';
import { usePreferences } from '@/components/shared/use-stored-settings';

const SENSITIVITIES = ['low', 'medium', 'high'] as const;
type BudgetKey = 'maxNudgesShown' | 'maxNudgesPerTicket' | 'ruleCooldownMinutes';
type ToggleKey = 'quietMode' | 'preSendCheck' | 'selfCare';

/** Limits come from the same table storage checks, so the form can never offer a value storage refuses. */
function range(key: BudgetKey): { min: number; max: number } {
  return NUMBER_LIMITS[key];
}

/** "Set by" or "Suggested by your organisation" beside a value that is not the agent's own. */
const badgeFor = (source: SettingSource) =>
  source === 'agent' ? undefined : <OrganisationBadge locked={source === 'locked'} />;

export function RulesPanel() {
  const { preferences, own, effective, update, saveFailed } = usePreferences();
  if (!preferences || !own || !effective) return <p>{t('options_loading')}</p>;
  const { source, organisation } = effective;

  const toggle = (key: ToggleKey) => (
    <div className="hd-toggle">
      <input
        id={`toggle-${key}`}
        type="checkbox"
        checked={preferences[key]}
        aria-describedby={`toggle-${key}-hint`}
        onChange={(event) => void update({ [key]: event.target.checked })}
      />
      <label htmlFor={`toggle-${key}`}>{t(`options_${key}Label`)}</label>
      <p className="hd-muted" id={`toggle-${key}-hint`}>
        {t(`options_${key}Hint`)}
      </p>
    </div>
  );
  const budget = (key: BudgetKey) => (
    <NumberSetting
      id={`budget-${key}`}
      label={t(`options_${key}Label`)}
      value={preferences[key]}
      {...range(key)}
      onCommit={(value) => void update({ [key]: value } as Partial<Preferences>)}
      disabled={source[key] === 'locked'}
      badge={badgeFor(source[key])}
    />
  );

  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('options_tabRules')}</h2>
      {saveFailed && (
        <p role="alert" className="hd-error">
          {t('options_saveFailed')}
        </p>
      )}
      {/* The legend names the group, badge included, so a screen reader says why it is disabled. */}
      <fieldset className="hd-card" disabled={source.sensitivity === 'locked'}>
        <legend>
          {t('options_sensitivityLegend')} {badgeFor(source.sensitivity)}
        </legend>
        {SENSITIVITIES.map((level) => (
          <div key={level} className="hd-radio">
            <input
              id={`sensitivity-${level}`}
              type="radio"
              name="sensitivity"
              checked={preferences.sensitivity === level}
              onChange={() => void update({ sensitivity: level })}
            />
            <label htmlFor={`sensitivity-${level}`}>{t(`options_sensitivity_${level}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="hd-card">
        <legend>{t('options_budgetLegend')}</legend>
        {budget('maxNudgesShown')}
        {budget('maxNudgesPerTicket')}
        {budget('ruleCooldownMinutes')}
        {toggle('quietMode')}
      </fieldset>
      <fieldset className="hd-card">
        <legend>{t('options_helpersLegend')}</legend>
        {toggle('preSendCheck')}
        {toggle('selfCare')}
      </fieldset>
      <section className="hd-card" aria-labelledby="muted-title">
        <h3 id="muted-title">{t('options_mutedTitle')}</h3>
        <OrganisationItems
          items={organisation.mutedRules}
          render={(ruleId) => <code>{ruleId}</code>}
          onDecline={(ruleId, declined) => void setDeclined('mutedRules', ruleId, declined)}
        />
        {own.mutedRules.length === 0 ? (
          organisation.mutedRules.length === 0 && <p className="hd-muted">{t('options_mutedEmpty')}</p>
        ) : (
          <ul className="hd-chips">
            {own.mutedRules.map((ruleId) => (
              <li key={ruleId}>
                <span>{ruleNameById(ruleId)}</span>{' '}
                <button
                  type="button"
                  aria-label={t('options_restoreRuleLabel', ruleNameById(ruleId))}
                  onClick={() =>
                    void update(({ mutedRules }) => ({ mutedRules: mutedRules.filter((id) => id !== ruleId) }))
                  }
                >
                  {t('options_restoreRule')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="hd-card" aria-labelledby="jargon-title">
        <h3 id="jargon-title">{t('options_jargonTitle')}</h3>
        <OrganisationItems
          items={organisation.jargon}
          render={(word) => word}
          onDecline={(word, declined) => void setDeclined('jargon', word, declined)}
        />
        <WordListEditor
          id="custom-jargon"
          label={t('options_jargonLabel')}
          hint={t('options_jargonHint')}
          words={own.customJargon}
          emptyText={organisation.jargon.length > 0 ? t('options_orgOwnWordsEmpty') : undefined}
          maxWords={MAX_CUSTOM_JARGON}
          maxLength={MAX_JARGON_LENGTH}
          onEdit={(edit) => void update(({ customJargon }) => ({ customJargon: edit(customJargon) }))}
        />
      </section>
    </section>
  );
}
