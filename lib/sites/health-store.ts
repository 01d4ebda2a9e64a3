import { reduceHealth, type HealthAction, type HealthState } from '@/lib/sites/health';

/** Where the background keeps the health map: the session area when the browser has one. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface HealthStore {
  read(): Promise<HealthState>;
  apply(action: HealthAction): Promise<HealthState>;
}

const KEY = 'tabHealth';

/**
 * storage.session survives the service worker going to sleep but not the
 * browser closing, like the tabs it describes. Without it (older browsers),
 * an in-memory map: lost when the worker sleeps, refilled by the next report.
 * Updates run one after another so two tabs reporting at once lose nothing.
 */
export function createHealthStore(session?: SessionArea): HealthStore {
  let memory: HealthState = {};
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<HealthState> => {
    if (!session) return memory;
    const value = (await session.get(KEY))[KEY];
    return value && typeof value === 'object' ? (value as HealthState) : {};
  };
  const write = async (state: HealthState) => {
    memory = state;
    if (session) await session.set({ [KEY]: state });
  };
  return {
    read: () => queue.then(read),
    apply(action) {
      const run = queue.then(async () => {
        const before = await read();
        const after = reduceHealth(before, action);
        if (after !== before) await write(after);
        return after;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
