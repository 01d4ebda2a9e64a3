import { useState } from 'react';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { askForHelpdesk, giveBackHelpdesk, helpdeskAccess, type HelpdeskAccess } from '@/lib/sites/helpdesk-access';
import type { HostPermissions } from '@/lib/sites/permissions-api';
import { useGrantedOrigins } from '@/components/shared/use-granted-origins';
import { usePreferences } from '@/components/shared/use-stored-settings';

export type SwitchStatus =
  | { kind: 'asking' }
  | { kind: 'denied' }
  | { kind: 'turned-on' }
  | { kind: 'turned-off' }
  | { kind: 'failed'; reason: string };

type Helpdesk = Pick<HelpdeskAdapter, 'id' | 'matches'>;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Turning a built-in helpdesk on or off, for the welcome page and the Sites tab:
 * on asks the browser for exactly that helpdesk, off gives every grant that reaches
 * it back. What is shown comes from the live grants, so a prompt answered late, or
 * a grant taken back in the browser's settings, is never shown wrong.
 */
export function useHelpdeskSwitch(permissions: HostPermissions) {
  const granted = useGrantedOrigins(permissions);
  const { preferences, update } = usePreferences();
  const [statuses, setStatuses] = useState<Record<string, SwitchStatus>>({});
  const switchedOff = preferences?.disabledHelpdesks ?? [];
  const setStatus = (id: string, status: SwitchStatus) => setStatuses((all) => ({ ...all, [id]: status }));

  const turnOn = (helpdesk: Helpdesk) => {
    // Before anything else: the browser shows its prompt only inside the click.
    const asking = askForHelpdesk(helpdesk, permissions);
    setStatus(helpdesk.id, { kind: 'asking' });
    asking.then(
      async (allowed) => {
        if (!allowed) return setStatus(helpdesk.id, { kind: 'denied' });
        // The older per-helpdesk switch would keep it off despite the grant.
        if (switchedOff.includes(helpdesk.id))
          await update(({ disabledHelpdesks }) => ({
            disabledHelpdesks: disabledHelpdesks.filter((id) => id !== helpdesk.id),
          }));
        setStatus(helpdesk.id, { kind: 'turned-on' });
      },
      (error: unknown) => setStatus(helpdesk.id, { kind: 'failed', reason: reasonOf(error) }),
    );
  };

  const turnOff = (helpdesk: Helpdesk) => {
    giveBackHelpdesk(helpdesk, permissions, granted ?? []).then(
      (removed) =>
        setStatus(helpdesk.id, removed ? { kind: 'turned-off' } : { kind: 'failed', reason: 'permissions.remove' }),
      (error: unknown) => setStatus(helpdesk.id, { kind: 'failed', reason: reasonOf(error) }),
    );
  };

  return {
    ready: granted !== undefined && preferences !== null,
    access: (helpdesk: Helpdesk): HelpdeskAccess => helpdeskAccess(helpdesk, granted ?? [], switchedOff),
    status: (helpdesk: Helpdesk): SwitchStatus | undefined => statuses[helpdesk.id],
    turnOn,
    turnOff,
  };
}
