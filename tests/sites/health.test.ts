import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { journalDb } from '@/lib/db/database';
import { createRouter } from '@/lib/messaging/router';
import {
  healthReportSchema,
  healthVerdict,
  MAX_HEALTH_TABS,
  lastTicketBySite,
  reduceHealth,
  type HealthReport,
} from '@/lib/sites/health';
import { createHealthReporter, factsFromSnapshot } from '@/lib/sites/health-reporter';
import { createHealthStore, type SessionArea } from '@/lib/sites/health-store';

const REPORT: HealthReport = {
  adapterId: 'zendesk',
  site: '',
  ticketFound: true,
  composerFound: true,
  customerMessageFound: true,
  support: 'full',
};

describe('health report payload', () => {
  it('accepts yes/no facts only: no extra fields, no long or odd strings', () => {
    expect(healthReportSchema.safeParse(REPORT).success).toBe(true);
    expect(healthReportSchema.safeParse({ ...REPORT, url: 'https://acme.zendesk.com/agent/tickets/1' }).success).toBe(
      false,
    );
    expect(healthReportSchema.safeParse({ ...REPORT, adapterId: 'x'.repeat(41) }).success).toBe(false);
    expect(healthReportSchema.safeParse({ ...REPORT, site: '<img src=x>' }).success).toBe(false);
    expect(healthReportSchema.safeParse({ ...REPORT, ticketFound: 'yes' }).success).toBe(false);
  });
});

describe('reduceHealth', () => {
  it('keeps the latest report per tab, and a closed tab’s last report marked closed', () => {
    let state = reduceHealth({}, { type: 'report', tabId: 4, report: REPORT, now: 1 });
    state = reduceHealth(state, { type: 'report', tabId: 7, report: { ...REPORT, adapterId: 'intercom' }, now: 2 });
    state = reduceHealth(state, { type: 'report', tabId: 4, report: { ...REPORT, composerFound: false }, now: 3 });
    expect(Object.keys(state).sort()).toEqual(['4', '7']);
    expect(state['4']).toEqual({ ...REPORT, composerFound: false, tabId: 4, updatedAt: 3 });
    state = reduceHealth(state, { type: 'tab-closed', tabId: 4 });
    expect(state['4']).toMatchObject({ closed: true, updatedAt: 3 });
    expect(state['7']?.closed).toBeUndefined();
  });

  it('tells per site what the last ticket yielded, closed tabs included', () => {
    const rt = {
      ...REPORT,
      adapterId: 'request-tracker',
      site: 'rt.example.org',
      customerMessageCount: 2,
      composerKind: '',
    };
    let state = reduceHealth({}, { type: 'report', tabId: 1, report: rt, now: 1 });
    state = reduceHealth(state, {
      type: 'report',
      tabId: 2,
      report: { ...rt, composerKind: 'ckeditor4', customerMessageCount: 0 },
      now: 5,
    });
    state = reduceHealth(state, { type: 'report', tabId: 3, report: { ...rt, ticketFound: false }, now: 9 });
    state = reduceHealth(state, { type: 'report', tabId: 4, report: REPORT, now: 2 });
    state = reduceHealth(state, { type: 'tab-closed', tabId: 2 });
    expect(lastTicketBySite(Object.values(state)).map((entry) => [entry.adapterId, entry.tabId])).toEqual([
      ['request-tracker', 2],
      ['zendesk', 4],
    ]);
  });

  it('returns the same state when a tab it never saw closes', () => {
    const state = reduceHealth({}, { type: 'report', tabId: 1, report: REPORT, now: 1 });
    expect(reduceHealth(state, { type: 'tab-closed', tabId: 99 })).toBe(state);
  });

  it('never holds more than the cap, dropping the tabs heard from least recently', () => {
    let state = {};
    for (let tab = 0; tab < MAX_HEALTH_TABS + 5; tab++)
      state = reduceHealth(state, { type: 'report', tabId: tab, report: REPORT, now: tab });
    expect(Object.keys(state)).toHaveLength(MAX_HEALTH_TABS);
    expect(state).not.toHaveProperty('0');
    expect(state).toHaveProperty(String(MAX_HEALTH_TABS + 4));
  });
});

describe('healthVerdict', () => {
  it('names the first thing in the way', () => {
    expect(healthVerdict(REPORT)).toBe('working');
    expect(healthVerdict({ ...REPORT, customerMessageFound: false })).toBe('no-customer-message');
    expect(healthVerdict({ ...REPORT, composerFound: false, customerMessageFound: false })).toBe('no-composer');
    expect(healthVerdict({ ...REPORT, ticketFound: false, composerFound: false })).toBe('not-a-ticket');
  });
});

describe('createHealthStore', () => {
  it('keeps the map in the session area when there is one', async () => {
    const session = fakeBrowser.storage.session as unknown as SessionArea;
    const store = createHealthStore(session);
    await store.apply({ type: 'report', tabId: 3, report: REPORT, now: 5 });
    expect((await fakeBrowser.storage.session.get('tabHealth')).tabHealth).toEqual({
      3: { ...REPORT, tabId: 3, updatedAt: 5 },
    });
    // A service worker that woke up again reads what the previous one wrote.
    expect(await createHealthStore(session).read()).toHaveProperty('3');
  });

  it('falls back to memory without a session area', async () => {
    const store = createHealthStore();
    await store.apply({ type: 'report', tabId: 3, report: REPORT, now: 5 });
    expect(Object.keys(await store.read())).toEqual(['3']);
  });

  it('loses no report when tabs report at the same moment', async () => {
    const store = createHealthStore(fakeBrowser.storage.session as unknown as SessionArea);
    await Promise.all(
      Array.from({ length: 10 }, (_, tab) => store.apply({ type: 'report', tabId: tab, report: REPORT, now: tab })),
    );
    expect(Object.keys(await store.read())).toHaveLength(10);
  });
});

describe('createHealthReporter (content script)', () => {
  const snapshot = { ticketKey: 'zendesk:a:1', composerFound: true, customerMessages: ['hi'] };
  const facts = factsFromSnapshot(snapshot);

  const READ = { ...REPORT, customerMessageCount: 1, composerKind: '', noteOpen: false, messagesFrom: 'page' };

  it('sends a report only when a fact changes, never for typing', async () => {
    const send = vi.fn(async (_report: HealthReport) => undefined);
    const report = createHealthReporter({ id: 'zendesk', support: 'full' }, '', send);
    report(facts);
    report(factsFromSnapshot({ ...snapshot }));
    report(factsFromSnapshot({ ...snapshot, customerMessages: ['hi', 'again'] }));
    report(factsFromSnapshot({ ...snapshot, composerFound: false }));
    expect(send.mock.calls.map(([sent]) => sent)).toEqual([
      READ,
      { ...READ, customerMessageCount: 2 },
      { ...READ, composerFound: false },
    ]);
  });

  it('reports how many customer messages were read and which editor the reply box is, never their text', () => {
    const send = vi.fn(async (_report: HealthReport) => undefined);
    const report = createHealthReporter({ id: 'request-tracker', support: 'full' }, 'rt.example.org:8190', send);
    report(
      factsFromSnapshot({
        ...snapshot,
        customerMessages: ['Secret words'],
        composerKind: 'ckeditor4',
        messagesSource: 'earlier',
      }),
    );
    const sent = send.mock.calls[0]![0];
    expect(sent).toMatchObject({
      site: 'rt.example.org:8190',
      customerMessageCount: 1,
      composerKind: 'ckeditor4',
      messagesFrom: 'earlier',
    });
    expect(JSON.stringify(sent)).not.toContain('Secret');
    expect(healthReportSchema.safeParse(sent).success).toBe(true);
  });

  it('names the host only for custom sites, and retries after a failed send', async () => {
    const send = vi.fn(async (_report: HealthReport) => {
      throw new Error('Receiving end does not exist');
    });
    const report = createHealthReporter({ id: 'generic', support: 'limited' }, 'support.example.com', send);
    report(facts);
    await Promise.resolve();
    report(facts);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[0]?.[0]).toMatchObject({ adapterId: 'generic', site: 'support.example.com' });
  });

  it('reports what the detector knows before the sidebar loads (no customer message read yet)', () => {
    const send = vi.fn(async (_report: HealthReport) => undefined);
    const report = createHealthReporter({ id: 'zendesk', support: 'full' }, '', send);
    report({ ticketFound: true, composerFound: false });
    expect(send).toHaveBeenCalledWith({ ...REPORT, composerFound: false, customerMessageFound: false });
  });
});

describe('health messages through the router', () => {
  const ID = 'heartdesk';
  const ORIGIN = `chrome-extension://${ID}/`;

  it('files a content script report under the sender tab and lists it for extension pages only', async () => {
    const route = createRouter(
      createHandlers({ db: journalDb, injectSidebar: async () => undefined, health: createHealthStore() }),
      ID,
      ORIGIN,
    );
    const tab = { id: ID, url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 12 } };
    expect(await route({ type: 'sidebar→background:health', payload: REPORT }, tab)).toEqual({
      ok: true,
      data: { recorded: true },
    });
    const page = { id: ID, url: `${ORIGIN}options.html` };
    const listed = await route({ type: 'page→background:health-list', payload: {} }, page);
    expect(listed).toMatchObject({ ok: true, data: [{ ...REPORT, tabId: 12 }] });
    expect((await route({ type: 'page→background:health-list', payload: {} }, tab)).ok).toBe(false);
    expect((await route({ type: 'sidebar→background:health', payload: REPORT }, page)).ok).toBe(false);
  });
});
