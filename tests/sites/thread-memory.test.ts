import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { journalDb } from '@/lib/db/database';
import { createRouter } from '@/lib/messaging/router';
import type { SessionArea } from '@/lib/sites/health-store';
import { createThreadMemory, MAX_TICKETS_PER_TAB, recallFrom, reduceThreadMemory } from '@/lib/sites/thread-memory';

describe('thread memory', () => {
  it('recalls a ticket’s messages in the same tab only', () => {
    const state = reduceThreadMemory({}, { type: 'remember', tabId: 3, ticketKey: 'rt:1', messages: ['Fed up.'] });
    expect(recallFrom(state, 3, 'rt:1')).toEqual(['Fed up.']);
    expect(recallFrom(state, 4, 'rt:1')).toBeNull();
    expect(recallFrom(state, 3, 'rt:2')).toBeNull();
  });

  it('forgets a tab when it closes', () => {
    const state = reduceThreadMemory({}, { type: 'remember', tabId: 3, ticketKey: 'rt:1', messages: ['x'] });
    expect(reduceThreadMemory(state, { type: 'tab-closed', tabId: 3 })).toEqual({});
  });

  it('keeps only the latest tickets of a tab', () => {
    let state = {};
    for (let id = 0; id < MAX_TICKETS_PER_TAB + 3; id++)
      state = reduceThreadMemory(state, { type: 'remember', tabId: 1, ticketKey: `rt:${id}`, messages: ['x'] });
    expect(recallFrom(state, 1, 'rt:0')).toBeNull();
    expect(recallFrom(state, 1, `rt:${MAX_TICKETS_PER_TAB + 2}`)).toEqual(['x']);
  });

  it('survives the service worker waking up again (session area)', async () => {
    const session = fakeBrowser.storage.session as unknown as SessionArea;
    await createThreadMemory(session).apply({ type: 'remember', tabId: 2, ticketKey: 'rt:9', messages: ['Hi'] });
    expect(await createThreadMemory(session).recall(2, 'rt:9')).toEqual(['Hi']);
  });

  it('answers a content script for its own tab through the router, and refuses extension pages', async () => {
    const ID = 'heartdesk';
    const ORIGIN = `chrome-extension://${ID}/`;
    const route = createRouter(
      createHandlers({ db: journalDb, injectSidebar: async () => undefined, threadMemory: createThreadMemory() }),
      ID,
      ORIGIN,
    );
    const tab = (id: number) => ({ id: ID, url: 'https://rt.example.org/Ticket/Display.html?id=1', tab: { id } });
    const payload = { ticketKey: 'request-tracker:rt.example.org:1', messages: ['I want my money back.'] };
    await route({ type: 'sidebar→background:remember-thread', payload }, tab(5));
    const recall = { type: 'sidebar→background:recall-thread', payload: { ticketKey: payload.ticketKey } };
    expect(await route(recall, tab(5))).toEqual({ ok: true, data: ['I want my money back.'] });
    expect(await route(recall, tab(6))).toEqual({ ok: true, data: null });
    expect((await route(recall, { id: ID, url: `${ORIGIN}options.html` })).ok).toBe(false);
  });
});
