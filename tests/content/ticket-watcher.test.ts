// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAdapter } from '@/lib/adapters/demo';
import { TicketWatcher } from '@/lib/content/ticket-watcher';
import { until, wait } from '@/tests/content/wait';

function renderTicket(id: string, customerTexts: string[]) {
  document.body.innerHTML = `
    <main class="hd-ticket" data-active="true" data-ticket-id="${id}">
      <ol class="hd-thread">
        ${customerTexts.map((text) => `<li class="hd-message" data-author-role="customer"><div class="hd-message-body">${text}</div></li>`).join('')}
        <li class="hd-message" data-author-role="agent"><div class="hd-message-body">Agent words</div></li>
      </ol>
      <div class="hd-composer"><div contenteditable="true" role="textbox" class="hd-reply"></div></div>
    </main>`;
}

describe('TicketWatcher on the demo helpdesk', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
    history.replaceState({}, '', '/demo/tickets/101');
  });
  afterEach(() => controller.abort());

  it('finds the composer and only the customer’s messages of the active ticket', async () => {
    renderTicket('101', ['First message', 'Second, angrier message']);
    const watcher = new TicketWatcher(demoAdapter, controller.signal);
    watcher.start();
    await until(() => watcher.getSnapshot().composerFound);
    expect(watcher.getSnapshot()).toMatchObject({
      ticketKey: '101',
      customerMessages: ['First message', 'Second, angrier message'],
    });
  });

  it('tells when the agent puts the caret in the reply box, and not before', async () => {
    renderTicket('101', ['Hello']);
    const watcher = new TicketWatcher(demoAdapter, controller.signal);
    let focused = 0;
    watcher.onReplyFocus(() => focused++);
    watcher.start();
    await until(() => watcher.getSnapshot().composerFound);
    expect(focused).toBe(0);
    document.querySelector<HTMLElement>('.hd-reply')!.focus();
    expect(focused).toBe(1);
    // A listener joining while the caret is already there hears it at once.
    let late = 0;
    watcher.onReplyFocus(() => late++);
    expect(late).toBe(1);
  });

  it('reads the draft after typing settles, including edits made without input events', async () => {
    renderTicket('101', ['Hello']);
    const watcher = new TicketWatcher(demoAdapter, controller.signal);
    watcher.start();
    await until(() => watcher.getSnapshot().composerFound);
    const reply = document.querySelector<HTMLElement>('.hd-reply')!;
    // Like CKEditor 5: the DOM changes, no input event fires.
    reply.textContent = 'Thanks for waiting';
    await until(() => watcher.getSnapshot().draft !== '');
    expect(watcher.getSnapshot().draft).toBe('Thanks for waiting');
  });

  it('reads a plain text field from its input events, where typing changes no DOM', async () => {
    document.body.innerHTML = `<main><textarea class="reply"></textarea></main>`;
    const textFieldAdapter = {
      ...demoAdapter,
      activeTicketScope: (doc: Document) => doc.querySelector('main'),
      findComposer: (scope: Element) => scope.querySelector<HTMLElement>('textarea'),
      findThread: () => null,
      customerMessages: () => [],
    };
    const watcher = new TicketWatcher(textFieldAdapter, controller.signal);
    watcher.start();
    await until(() => watcher.getSnapshot().composerFound);
    const reply = document.querySelector('textarea')!;
    reply.value = 'We can refund it today';
    await wait(300);
    // A value change alone is invisible to observers: nothing read yet.
    expect(watcher.getSnapshot().draft).toBe('');
    reply.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => watcher.getSnapshot().draft === 'We can refund it today');
  });

  it('notices a new customer message in the thread', async () => {
    renderTicket('101', ['Hello']);
    const watcher = new TicketWatcher(demoAdapter, controller.signal);
    watcher.start();
    await until(() => watcher.getSnapshot().composerFound);
    const item = document.createElement('li');
    item.className = 'hd-message';
    item.dataset.authorRole = 'customer';
    item.innerHTML = '<div class="hd-message-body">Any news?</div>';
    document.querySelector('.hd-thread')!.append(item);
    await until(() => watcher.getSnapshot().customerMessages.length > 1);
    expect(watcher.getSnapshot().customerMessages).toEqual(['Hello', 'Any news?']);
  });

  it('resets everything when another ticket opens, so nothing describes the previous one', async () => {
    renderTicket('101', ['Angry words']);
    const watcher = new TicketWatcher(demoAdapter, controller.signal);
    watcher.start();
    await until(() => watcher.getSnapshot().composerFound);
    document.querySelector<HTMLElement>('.hd-reply')!.textContent = 'draft for 101';
    await until(() => watcher.getSnapshot().draft === 'draft for 101');
    const before = watcher.getSnapshot().generation;
    history.pushState({}, '', '/demo/tickets/103');
    renderTicket('103', ['Thank you!']);
    const started = Date.now();
    await until(() => watcher.getSnapshot().ticketKey === '103');
    expect(Date.now() - started).toBeLessThan(300);
    expect(watcher.getSnapshot().generation).toBeGreaterThan(before);
    await until(() => watcher.getSnapshot().customerMessages[0] === 'Thank you!');
    expect(watcher.getSnapshot().draft).toBe('');
  });

  it('reports no ticket on pages that are not ticket views, and stops when aborted', async () => {
    history.replaceState({}, '', '/demo/');
    document.body.innerHTML = '<p>Pick a ticket</p>';
    const watcher = new TicketWatcher(demoAdapter, controller.signal);
    let updates = 0;
    watcher.subscribe(() => updates++);
    watcher.start();
    await wait(250);
    expect(watcher.getSnapshot().ticketKey).toBeNull();
    controller.abort();
    const seen = updates;
    history.pushState({}, '', '/demo/tickets/101');
    renderTicket('101', ['x']);
    await wait(300);
    expect(updates).toBe(seen);
  });
});
