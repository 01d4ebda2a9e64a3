import { describe, expect, it, vi } from 'vitest';
import { createPolicySync } from '@/lib/policy/policy-sync';
import type { OrganisationPolicy } from '@/lib/storage/organisation-policy';

function fakeEnv(managed: () => Promise<unknown>) {
  let copy: unknown = null;
  const saves: Array<OrganisationPolicy | null> = [];
  const report = vi.fn();
  const sync = createPolicySync({
    readManaged: managed,
    loadCopy: async () => copy,
    saveCopy: async (policy) => {
      saves.push(policy);
      copy = policy ?? null;
    },
    report,
  });
  return { sync, saves, report, copy: () => copy };
}

describe('createPolicySync', () => {
  it('writes the validated copy, and only when it changed', async () => {
    const env = fakeEnv(async () => ({ sensitivity: { value: 'high', locked: true } }));
    await env.sync();
    await env.sync();
    expect(env.saves).toEqual([{ settings: { sensitivity: { value: 'high', locked: true } }, problems: [] }]);
  });

  it('removes the copy when the policy goes away, so every setting is the agent’s again', async () => {
    let managed: unknown = { sensitivity: { value: 'high' } };
    const env = fakeEnv(async () => managed);
    await env.sync();
    managed = {};
    await env.sync();
    expect(env.saves.at(-1)).toBeNull();
    expect(env.copy()).toBeNull();
  });

  it('treats a managed area that cannot be read as no policy, without failing', async () => {
    const env = fakeEnv(async () => {
      throw new Error('Managed storage manifest not found');
    });
    await expect(env.sync()).resolves.toBeUndefined();
    expect(env.saves).toEqual([]);
    expect(env.report).not.toHaveBeenCalled();
  });

  it('keeps a policy with only problems, so the agent sees why nothing applies', async () => {
    const env = fakeEnv(async () => ({ sensitivity: 'high' }));
    await env.sync();
    expect(env.saves[0]?.problems).toHaveLength(1);
  });

  it('runs one sync at a time and reports a failed write without throwing', async () => {
    const env = fakeEnv(async () => ({ sensitivity: { value: 'low' } }));
    const failing = createPolicySync({
      readManaged: async () => ({ sensitivity: { value: 'low' } }),
      loadCopy: async () => null,
      saveCopy: async () => {
        throw new Error('quota');
      },
      report: env.report,
    });
    await Promise.all([failing(), failing()]);
    expect(env.report).toHaveBeenCalledTimes(2);
  });
});
