// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { genericAdapter } from '@/lib/adapters/generic';
import requestTracker from '@/lib/adapters/request-tracker';
import { onOwnServer } from '@/lib/adapters/self-hosted';
import { SETTLE_MS } from '@/lib/content/settle';
import { TicketWatcher, type EarlierMessages } from '@/lib/content/ticket-watcher';
import { until, wait } from '@/tests/content/wait';
import { FIXTURES_ROOT, loadFixture } from '@/tests/adapters/fixture-suite';

/** Issue 13's reading requirements, through the watcher the sidebar subscribes to. */

const RT = 'http://rt-reader.heartdesk.test:8190';

function memory(): EarlierMessages & { stored: Map<string, string[]> } {
  const stored = new Map<string, string[]>();
  return {
    stored,
    recall: async (key) => stored.get(key) ?? null,
    remember: (key, messages) => stored.set(key, [...messages]),
  };
}

describe('TicketWatcher reading real page shapes', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('keeps the reply box when focus moves into the sidebar, and the draft with it', async () => {
    loadFixture('generic', 'prosemirror-rerender', 'https://desk.example.test/conversations/12');
    // A second reply-like editor on the page: with focus elsewhere generic detection cannot choose.
    const other = document.createElement('div');
    other.className = 'composer';
    other.append(document.createElement('textarea'));
    document.body.append(other);
    const reply = document.querySelector<HTMLElement>('.ProseMirror')!;
    reply.focus();
    const watcher = new TicketWatcher(genericAdapter('https://desk.example.test'), controller.signal);
    watcher.start();
    await until(() => watcher.getSnapshot().composerFound);
    const sidebarButton = document.createElement('button');
    document.body.append(sidebarButton);
    sidebarButton.focus();
    await wait(250);
    expect(watcher.getSnapshot()).toMatchObject({ composerFound: true, draft: "Hello,\nI'm sorry for the trouble" });
  });

  it('reads the customer when the ticket loads, with no reply box open yet', async () => {
    loadFixture('generic', 'freescout-conversation', 'https://desk.example.net/conversation/1187?folder_id=4');
    const watcher = new TicketWatcher(genericAdapter('https://desk.example.net'), controller.signal);
    watcher.start();
    await until(() => watcher.getSnapshot().customerMessages.length === 2);
    expect(watcher.getSnapshot()).toMatchObject({ composerFound: false, urlNamesTicket: true });
  });

  it('says an internal note is open, and does not keep coaching the reply box behind it', async () => {
    loadFixture('generic', 'osticket-ticket-view', 'https://help.example.org/scp/tickets.php?id=204417');
    const watcher = new TicketWatcher(genericAdapter('https://help.example.org'), controller.signal);
    watcher.start();
    await until(() => watcher.getSnapshot().composerFound);
    document.getElementById('reply')!.classList.add('hidden');
    document.getElementById('note')!.classList.remove('hidden');
    await until(() => watcher.getSnapshot().noteOpen);
    expect(watcher.getSnapshot().composerFound).toBe(false);
  });

  it('reads late history once it arrives, and remembers it for the ticket', async () => {
    loadFixture('request-tracker', 'late/display-angry-before-history', `${RT}/Ticket/Display.html?id=1`);
    const earlier = memory();
    const watcher = new TicketWatcher(onOwnServer(requestTracker, RT), controller.signal, { earlier });
    watcher.start();
    await wait(250);
    expect(watcher.getSnapshot().customerMessages).toEqual([]);
    const fragment = readFileSync(join(FIXTURES_ROOT, 'request-tracker', 'late/history-1.html'), 'utf8');
    document
      .getElementById('delayed_ticket_history')!
      .replaceChildren(...new DOMParser().parseFromString(fragment, 'text/html').body.childNodes);
    await until(() => watcher.getSnapshot().customerMessages.length === 2);
    expect(earlier.stored.get('request-tracker:rt-reader.heartdesk.test:8190:1')).toHaveLength(2);
  });

  it('shows the messages read on the ticket page on a page without a thread (RT reply page)', async () => {
    loadFixture('request-tracker', 'reply-before-editor', `${RT}/Ticket/Update.html?id=1&Action=Respond`);
    const earlier = memory();
    earlier.remember('request-tracker:rt-reader.heartdesk.test:8190:1', ['I want the 49 euros back today.']);
    const watcher = new TicketWatcher(onOwnServer(requestTracker, RT), controller.signal, { earlier });
    watcher.start();
    await until(() => watcher.getSnapshot().customerMessages.length === 1);
    expect(watcher.getSnapshot()).toMatchObject({ messagesSource: 'earlier', composerFound: true });
  });

  it('never recalls another ticket’s messages', async () => {
    loadFixture('request-tracker', 'reply-before-editor', `${RT}/Ticket/Update.html?id=1&Action=Respond`);
    const earlier = memory();
    earlier.remember('request-tracker:rt-reader.heartdesk.test:8190:2', ['Other ticket']);
    const watcher = new TicketWatcher(onOwnServer(requestTracker, RT), controller.signal, { earlier });
    watcher.start();
    await wait(300);
    expect(watcher.getSnapshot().customerMessages).toEqual([]);
  });

  it('is settled only after the page had time to render', async () => {
    vi.useFakeTimers();
    loadFixture('generic', 'osticket-queue', 'https://help.example.org/scp/tickets.php');
    const watcher = new TicketWatcher(genericAdapter('https://help.example.org'), controller.signal);
    watcher.start();
    expect(watcher.getSnapshot()).toMatchObject({ settled: false, urlNamesTicket: false });
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(watcher.getSnapshot().settled).toBe(true);
  });

  it('keeps reading when the page rebuilds its thread', async () => {
    loadFixture('generic', 'freescout-conversation', 'https://desk.example.net/conversation/1187?folder_id=4');
    const watcher = new TicketWatcher(genericAdapter('https://desk.example.net'), controller.signal);
    watcher.start();
    await until(() => watcher.getSnapshot().customerMessages.length === 2);
    const main = document.getElementById('conv-layout-main')!;
    const rebuilt = main.cloneNode(true) as Element;
    rebuilt.querySelector('.thread-type-customer .thread-content p')!.textContent = 'Any news on the replacement?';
    main.replaceWith(rebuilt);
    await until(() => watcher.getSnapshot().customerMessages.includes('Any news on the replacement?'));
  });
});
