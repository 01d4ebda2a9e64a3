import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { t } from '@/lib/i18n';
import type { HostPermissions } from '@/lib/sites/permissions-api';
import { grantLabel } from '@/components/shared/grant-label';
import { useHelpdeskSwitch, type SwitchStatus } from '@/components/shared/use-helpdesk-switch';

interface Props {
  helpdesks: readonly HelpdeskAdapter[];
  permissions: HostPermissions;
  /** Helpdesks the agent used before an update whose access the browser did not keep. */
  usedBefore?: readonly string[];
}

function StatusLine({ status, name, on }: { status?: SwitchStatus; name: string; on: boolean }) {
  if (status?.kind === 'asking' && !on)
    return (
      <p role="status" className="welcome-helpdesk__status">
        {t('sites_helpdeskAsking')}
      </p>
    );
  if (status?.kind === 'denied' && !on)
    return (
      <p role="alert" className="welcome-helpdesk__status welcome-error">
        {t('sites_helpdeskDenied', name)}
      </p>
    );
  if (status?.kind === 'failed')
    return (
      <p role="alert" className="welcome-helpdesk__status welcome-error">
        {t('sites_helpdeskFailed', status.reason)}
      </p>
    );
  return null;
}

/**
 * "Which helpdesk do you use?": one toggle per built-in helpdesk. Pressing it asks
 * the browser for that helpdesk alone; pressing it again gives the access back.
 * What shows as chosen is what the browser grants, so an upgrade that kept its
 * access shows chosen, and a refusal changes nothing.
 */
export function HelpdeskChooser({ helpdesks, permissions, usedBefore = [] }: Props) {
  const choice = useHelpdeskSwitch(permissions);
  return (
    <ul className="welcome-helpdesks" aria-busy={!choice.ready}>
      {helpdesks.map((helpdesk) => {
        const access = choice.ready ? choice.access(helpdesk) : undefined;
        const on = access?.state === 'on';
        const detailId = `helpdesk-detail-${helpdesk.id}`;
        return (
          <li
            key={helpdesk.id}
            className={on ? 'welcome-helpdesk welcome-helpdesk--on' : 'welcome-helpdesk'}
            data-helpdesk={helpdesk.id}
            data-access={access?.state ?? 'unknown'}
          >
            <button
              type="button"
              className="welcome-tile"
              aria-pressed={on}
              aria-describedby={detailId}
              disabled={!choice.ready}
              onClick={() => (on ? choice.turnOff(helpdesk) : choice.turnOn(helpdesk))}
            >
              <span className="welcome-tile__mark" aria-hidden="true">
                {on ? '✓' : '+'}
              </span>
              {helpdesk.name}
            </button>
            <p id={detailId} className="welcome-helpdesk__grant">
              {on
                ? t('welcome_helpdeskOn', access.grants.map(grantLabel).join(', '))
                : usedBefore.includes(helpdesk.id)
                  ? t('welcome_helpdeskUsedBefore')
                  : ''}
            </p>
            <StatusLine status={choice.status(helpdesk)} name={helpdesk.name} on={on} />
          </li>
        );
      })}
    </ul>
  );
}
