import type { PermissionsApi } from '@/lib/sites/custom-sites';

type Listener = (permissions: { origins?: string[] }) => void;
interface PermissionEvent {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** The part of `browser.permissions` the pages use: ask, give back, read, and follow changes. */
export interface HostPermissions extends PermissionsApi {
  getAll(): Promise<{ origins?: string[] }>;
  onAdded: PermissionEvent;
  onRemoved: PermissionEvent;
}
