import { t } from '@/lib/i18n';

/**
 * Marks a setting that comes from the agent's organisation (issue 20): "Set by your
 * organisation" when locked (its control is disabled beside it), "Suggested by your
 * organisation" when it is a default the agent may change. Put it inside the control's label
 * or legend, so a screen reader says why the control is disabled.
 */
export function OrganisationBadge({ locked }: { locked: boolean }) {
  return (
    <span className={locked ? 'hd-badge hd-badge--org hd-badge--locked' : 'hd-badge hd-badge--org'}>
      {locked ? t('options_orgSet') : t('options_orgSuggested')}
    </span>
  );
}
