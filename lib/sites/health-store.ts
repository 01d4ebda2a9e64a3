import { reduceHealth, type HealthAction, type HealthState } from '@/lib/sites/health';
import { createSessionStore, type SessionArea, type SessionStore } from '@/lib/sites/session-store';

export type { SessionArea };
export type HealthStore = SessionStore<HealthState, HealthAction>;

/** The health map of every helpdesk tab, kept by the background (session-store.ts says where). */
export function createHealthStore(session?: SessionArea): HealthStore {
  return createSessionStore<HealthState, HealthAction>('tabHealth', reduceHealth, () => ({}), session);
}
