import { describe, expect, it, vi } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/index';
import { LAST_VERSION_WITH_REQUIRED_HOSTS, planInstall, versionAtMost } from '@/lib/sites/first-run';
import { onInstalled } from '@/lib/sites/on-installed';
import type { FirstRun } from '@/lib/storage/first-run';

const NOW = 1_700_000_000_000;
/** What Chrome and Firefox list after 0.1.0 → 0.2.0: every old required host, path dropped (tried on both). */
const KEPT_BY_BROWSER = [
  ...new Set(ADAPTERS.flatMap((a) => a.matches).map((m) => m.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*'))),
];
const facts = (patch: Partial<Parameters<typeof planInstall>[0]>) => ({
  reason: 'install',
  granted: [],
  switchedOff: [],
  helpdesks: ADAPTERS,
  record: {} as FirstRun,
  now: NOW,
  ...patch,
});

describe('versionAtMost', () => {
  it('compares dot by dot, numerically', () => {
    expect(versionAtMost('0.1.0', '0.1.0')).toBe(true);
    expect(versionAtMost('0.0.9', '0.1.0')).toBe(true);
    expect(versionAtMost('0.1.10', '0.1.9')).toBe(false);
    expect(versionAtMost('0.2', '0.1.0')).toBe(false);
    expect(versionAtMost('1.0.0', LAST_VERSION_WITH_REQUIRED_HOSTS)).toBe(false);
  });
});

describe('planInstall', () => {
  it('a new install opens the welcome page once and asks for nothing', () => {
    const first = planInstall(facts({}));
    expect(first).toEqual({ record: { welcomedAt: NOW }, openWelcome: true, giveBack: [] });
    expect(planInstall(facts({ record: first.record })).openWelcome).toBe(false);
  });

  it('an upgrade where the browser kept every grant changes nothing, opens nothing, and records them as kept', () => {
    const plan = planInstall(facts({ reason: 'update', previousVersion: '0.1.0', granted: KEPT_BY_BROWSER }));
    expect(plan.openWelcome).toBe(false);
    expect(plan.giveBack).toEqual([]);
    expect(plan.record.upgrade).toEqual({
      from: '0.1.0',
      at: NOW,
      kept: ADAPTERS.filter((a) => a.matches.length > 0).map((a) => a.id),
      needed: [],
      givenBack: [],
    });
  });

  it('helpdesks the browser did not carry over are listed to allow again, and the welcome page opens to say so', () => {
    const granted = KEPT_BY_BROWSER.filter((grant) => !grant.includes('zendesk') && !grant.includes('intercom'));
    const plan = planInstall(facts({ reason: 'update', previousVersion: '0.1.0', granted }));
    expect(plan.record.upgrade?.needed).toEqual(['intercom', 'zendesk']);
    expect(plan.openWelcome).toBe(true);
    expect(plan.record.welcomedAt).toBe(NOW);
  });

  it('a helpdesk the agent had switched off gives its grant back instead of being kept or asked for', () => {
    const plan = planInstall(
      facts({ reason: 'update', previousVersion: '0.1.0', granted: KEPT_BY_BROWSER, switchedOff: ['gmail'] }),
    );
    expect(plan.giveBack).toEqual(['https://mail.google.com/*']);
    expect(plan.record.upgrade?.givenBack).toEqual(['gmail']);
    expect(plan.record.upgrade?.kept).not.toContain('gmail');
    const stillOff = planInstall(
      facts({ reason: 'update', previousVersion: '0.1.0', granted: [], switchedOff: ['gmail'] }),
    );
    expect(stillOff.record.upgrade?.needed).not.toContain('gmail');
  });

  it('runs once: later updates, updates from newer versions and browser updates change nothing', () => {
    const upgraded = planInstall(
      facts({ reason: 'update', previousVersion: '0.1.0', granted: KEPT_BY_BROWSER }),
    ).record;
    for (const later of [
      facts({ reason: 'update', previousVersion: '0.1.0', record: upgraded }),
      facts({ reason: 'update', previousVersion: '0.2.0' }),
      facts({ reason: 'browser_update' }),
      facts({ reason: 'chrome_update' }),
    ]) {
      const plan = planInstall(later);
      expect(plan).toEqual({ record: later.record, openWelcome: false, giveBack: [] });
    }
  });
});

describe('onInstalled', () => {
  const deps = (record: FirstRun = {}) => ({
    helpdesks: ADAPTERS,
    granted: vi.fn(async () => KEPT_BY_BROWSER.filter((grant) => !grant.includes('zendesk'))),
    switchedOff: vi.fn(async () => ['gmail']),
    loadRecord: vi.fn(async () => record),
    saveRecord: vi.fn(async (_record: FirstRun) => undefined),
    giveBack: vi.fn(async (_origins: string[]) => true),
    openWelcome: vi.fn(async () => undefined),
    now: () => NOW,
  });

  it('on install: saves the record before opening the page, so a second event opens nothing', async () => {
    const first = deps();
    const order: string[] = [];
    first.saveRecord.mockImplementation(async () => void order.push('save'));
    first.openWelcome.mockImplementation(async () => void order.push('open'));
    await onInstalled({ reason: 'install' }, first);
    expect(order).toEqual(['save', 'open']);
    const second = deps(first.saveRecord.mock.calls[0]![0] as FirstRun);
    await onInstalled({ reason: 'install' }, second);
    expect(second.openWelcome).not.toHaveBeenCalled();
    expect(second.saveRecord).not.toHaveBeenCalled();
  });

  it('on the upgrade: gives back what was switched off, asks again for what the browser dropped', async () => {
    const d = deps();
    await onInstalled({ reason: 'update', previousVersion: '0.1.0' }, d);
    expect(d.giveBack).toHaveBeenCalledWith(['https://mail.google.com/*']);
    expect(d.openWelcome).toHaveBeenCalledOnce();
    expect((d.saveRecord.mock.calls[0]![0] as FirstRun).upgrade?.needed).toEqual(['zendesk']);
  });
});
