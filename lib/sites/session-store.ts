/** Where the background keeps per-tab facts: the session area when the browser has one. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SessionStore<State, Action> {
  read(): Promise<State>;
  apply(action: Action): Promise<State>;
}

/**
 * A map the background keeps for open tabs (health reports, messages read
 * earlier). storage.session lives in memory, survives the service worker going
 * to sleep and goes when the browser closes, like the tabs it describes;
 * without it (older browsers), plain memory, lost when the worker sleeps.
 * Updates run one after another so two tabs reporting at once lose nothing.
 */
export function createSessionStore<State extends object, Action>(
  key: string,
  reduce: (state: State, action: Action) => State,
  empty: () => State,
  session?: SessionArea,
): SessionStore<State, Action> {
  let memory = empty();
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<State> => {
    if (!session) return memory;
    const value = (await session.get(key))[key];
    return value && typeof value === 'object' ? (value as State) : empty();
  };
  return {
    read: () => queue.then(read),
    apply(action) {
      const run = queue.then(async () => {
        const before = await read();
        const after = reduce(before, action);
        if (after !== before) {
          memory = after;
          if (session) await session.set({ [key]: after });
        }
        return after;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
