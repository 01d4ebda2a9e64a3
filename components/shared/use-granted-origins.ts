import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { HostPermissions } from '@/lib/sites/permissions-api';

export const browserPermissions = (): HostPermissions => browser.permissions as unknown as HostPermissions;

/**
 * The host grants the browser holds, live: a grant answered in the browser's prompt,
 * or taken back in its settings, shows on every open Heartdesk page at once.
 * Undefined until the first answer.
 */
export function useGrantedOrigins(permissions: HostPermissions): string[] | undefined {
  const [origins, setOrigins] = useState<string[]>();
  useEffect(() => {
    let live = true;
    const refresh = () => {
      // Through a promise, so an API that throws at once is an empty answer, not a broken page.
      Promise.resolve()
        .then(() => permissions.getAll())
        .then((all) => live && setOrigins(all.origins ?? []))
        .catch(() => live && setOrigins([]));
    };
    refresh();
    permissions.onAdded.addListener(refresh);
    permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      permissions.onAdded.removeListener(refresh);
      permissions.onRemoved.removeListener(refresh);
    };
  }, [permissions]);
  return origins;
}
