import { hasPolicy, type OrganisationPolicy } from '@/lib/storage/organisation-policy';
import { readPolicy } from '@/lib/policy/read-policy';

export interface PolicySyncEnv {
  /** Everything in the browser's managed area (`storage.managed.get()`). */
  readManaged(): Promise<unknown>;
  /** The copy the pages read (lib/storage/organisation-policy.ts), raw. */
  loadCopy(): Promise<unknown>;
  /** Writes the copy; null removes it. */
  saveCopy(policy: OrganisationPolicy | null): Promise<void>;
  report(error: unknown): void;
}

/**
 * Keeps the pages' copy equal to what the managed area says now. Runs on every background
 * start and whenever the managed area (or the copy, after "wipe everything") changes, one
 * run at a time. A managed area that cannot be read counts as no policy: Firefox rejects the
 * read when no policy names the extension, and a browser fault must never stop Heartdesk
 * from starting. With no policy left, the copy is removed, so every setting is the agent's.
 */
export function createPolicySync(env: PolicySyncEnv): () => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  const run = async () => {
    let raw: unknown;
    try {
      raw = await env.readManaged();
    } catch {
      raw = undefined;
    }
    const policy = readPolicy(raw);
    const next = hasPolicy(policy) ? policy : null;
    const stored = await env.loadCopy();
    if (JSON.stringify(stored ?? null) !== JSON.stringify(next)) await env.saveCopy(next);
  };
  return () => {
    const done = queue.then(run).catch(env.report);
    queue = done;
    return done;
  };
}
