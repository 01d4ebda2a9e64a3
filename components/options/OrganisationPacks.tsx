import { t } from '@/lib/i18n';
import type { PromptPack } from '@/lib/prompts/schema';
import { setDeclined } from '@/lib/storage/agent-choices';
import type { EffectiveSettings } from '@/lib/policy/merge-settings';
import { PackButton } from '@/components/options/PackButton';
import { downloadJson } from '@/components/shared/download';
import { OrganisationBadge } from '@/components/shared/OrganisationBadge';

interface Props {
  effective: EffectiveSettings;
  packs: readonly PromptPack[];
  onPreview: (id: string) => void;
}

/**
 * The organisation's team prompt sets (issue 20): on unless the agent switched an unlocked
 * one off; a locked one cannot be switched off. They are the organisation's, so they can be
 * previewed and exported but not edited or deleted here.
 */
export function OrganisationPacks({ effective, packs, onPreview }: Props) {
  const items = effective.organisation.promptSets;
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="org-packs-title" data-testid="organisation-packs">
      <h3 id="org-packs-title">{t('options_orgPacksTitle')}</h3>
      <ul className="hd-pack-list">
        {items.map((item) => {
          const pack = packs.find((candidate) => candidate.id === item.key);
          if (!pack) return null;
          const checkboxId = `enable-org-${pack.id}`;
          return (
            <li key={pack.id} className="hd-card hd-pack" data-org-pack={pack.id}>
              <div className="hd-row">
                <input
                  id={checkboxId}
                  type="checkbox"
                  checked={!item.declined}
                  disabled={item.locked}
                  onChange={(event) => void setDeclined('promptSets', pack.id, !event.target.checked)}
                />
                {/* The badge is part of the label, so a disabled switch says why. */}
                <label htmlFor={checkboxId} className="hd-pack__name">
                  {pack.name} <OrganisationBadge locked={item.locked} />
                </label>
                <span className="hd-muted">{t('options_promptCount', pack.prompts.length)}</span>
              </div>
              {pack.description && <p className="hd-muted">{pack.description}</p>}
              <div className="hd-row hd-actions">
                <PackButton pack={pack} action="preview" onClick={() => onPreview(pack.id)} />
                <PackButton pack={pack} action="export" onClick={() => downloadJson(`${pack.id}.json`, pack)} />
              </div>
            </li>
          );
        })}
      </ul>
      {effective.organisation.shadowedPacks.map((id) => (
        <p key={id} className="hd-muted">
          {t('options_orgPackShadowed', id)}
        </p>
      ))}
    </section>
  );
}
