import { t } from '@/lib/i18n';
import type { HelpdeskAccess } from '@/lib/sites/helpdesk-access';
import { grantLabel } from '@/components/shared/grant-label';
import type { SwitchStatus } from '@/components/shared/use-helpdesk-switch';

interface Props {
  name: string;
  access: HelpdeskAccess;
  status?: SwitchStatus;
  onGiveBack: () => void;
}

/** One line under a helpdesk: exactly what the browser grants for it, and what became of the last click. */
export function HelpdeskAccessLine({ name, access, status, onGiveBack }: Props) {
  const grants = access.grants.map(grantLabel).join(', ');
  return (
    <div className="hd-access" data-testid="helpdesk-access">
      {access.state === 'on' ? (
        <p className="hd-access-on">{t('sites_helpdeskAllowed', grants)}</p>
      ) : access.state === 'switched-off' ? (
        <p>
          {t('sites_helpdeskSwitchedOff', grants)}{' '}
          <button type="button" className="hd-link" onClick={onGiveBack}>
            {t('sites_helpdeskGiveBack')}
          </button>
        </p>
      ) : (
        <p className="hd-muted">{t('sites_helpdeskOff', name)}</p>
      )}
      {status?.kind === 'asking' && access.state !== 'on' ? (
        <p role="status">{t('sites_helpdeskAsking')}</p>
      ) : status?.kind === 'denied' && access.state !== 'on' ? (
        <p role="alert" className="hd-error">
          {t('sites_helpdeskDenied', name)}
        </p>
      ) : status?.kind === 'failed' ? (
        <p role="alert" className="hd-error">
          {t('sites_helpdeskFailed', status.reason)}
        </p>
      ) : null}
    </div>
  );
}
