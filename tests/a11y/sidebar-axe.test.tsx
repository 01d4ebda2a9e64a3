// @vitest-environment happy-dom
/**
 * quality.md 27 for the sidebar. In the real page the sidebar sits in a CLOSED
 * shadow root, which axe (running as a page script) cannot enter, so the e2e axe
 * run (tests/e2e/hardening-a11y.e2e.ts) covers popup, options and journal only.
 * Here the real Sidebar component, fed by a real TicketWatcher on a demo-shaped
 * ticket, is rendered into an ordinary container in happy-dom and checked by axe.
 * Limitation: happy-dom has no layout or painting, so colour contrast, target
 * size and anything needing geometry are not judged here (rules disabled below).
 */
import { act, cleanup, render, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { sidebarStateItem } from '@/lib/storage/settings';
import { demoAdapter } from '@/lib/adapters/demo';
import { TicketWatcher } from '@/lib/content/ticket-watcher';

const UPSET =
  'This is the third time I am writing about this. Still no desk, and now I see you charged my card TWICE. This is unacceptable!! I need a refund by Friday.';
const GRATEFUL =
  'That worked! Thank you so much for sorting this out so quickly, you saved my afternoon. Really appreciate your help.';
const EXCUSE = "Hi Dana, unfortunately we can't refund the second charge, it's our policy.";

/** The host page: a demo ticket in the document, outside the container axe checks. */
function renderTicket(customerText: string, draft = '') {
  const host = document.createElement('div');
  host.id = 'host-page';
  const main = document.createElement('main');
  main.className = 'hd-ticket';
  main.dataset.active = 'true';
  const thread = document.createElement('ol');
  thread.className = 'hd-thread';
  const item = document.createElement('li');
  item.className = 'hd-message';
  item.dataset.authorRole = 'customer';
  const body = document.createElement('div');
  body.className = 'hd-message-body';
  body.textContent = customerText;
  item.append(body);
  thread.append(item);
  const composer = document.createElement('div');
  composer.className = 'hd-composer';
  const reply = document.createElement('div');
  reply.setAttribute('contenteditable', 'true');
  reply.setAttribute('role', 'textbox');
  reply.setAttribute('aria-label', 'Reply to customer');
  reply.className = 'hd-reply';
  reply.textContent = draft;
  composer.append(reply);
  main.append(thread, composer);
  host.append(main);
  document.body.append(host);
}

async function seriousViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    resultTypes: ['violations'],
    rules: {
      // Need layout/paint, which happy-dom does not have (see the file comment).
      'color-contrast': { enabled: false },
      'target-size': { enabled: false },
      // The sidebar is a fragment of a page, not a whole document.
      region: { enabled: false },
    },
  });
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

describe('sidebar accessibility (axe in happy-dom)', () => {
  let controller: AbortController;
  beforeEach(() => {
    // Wide enough to dock beside the page (1024 px would leave the helpdesk under 720 px: the rail).
    (
      window as unknown as { happyDOM: { setViewport(size: { width: number; height: number }): void } }
    ).happyDOM.setViewport({
      width: 1280,
      height: 800,
    });
    controller = new AbortController();
    history.replaceState({}, '', '/demo/tickets/101');
  });
  afterEach(() => {
    controller.abort();
    cleanup();
    document.body.replaceChildren();
  });

  async function mount(customerText: string, draft: string, collapsed = false) {
    await sidebarStateItem.setValue({ demo: { collapsed, width: 320 } });
    renderTicket(customerText, draft);
    const watcher = new TicketWatcher(demoAdapter, controller.signal);
    watcher.start();
    await waitFor(() => expect(watcher.getSnapshot().composerFound).toBe(true));
    let view!: ReturnType<typeof render>;
    await act(async () => {
      view = render(
        <SidebarApp
          watcher={watcher}
          helpdeskName="Demo helpdesk"
          site="demo"
          origin={location.origin}
          host={document.body}
        />,
      );
    });
    return view.container;
  }

  it('upset customer and a nudged excuse: no serious or critical violations', async () => {
    const container = await mount(UPSET, EXCUSE);
    await waitFor(() => expect(container.querySelectorAll('.hd-nudge').length).toBeGreaterThanOrEqual(1));
    expect(container.querySelector('[data-signal="frustration"]')).not.toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('grateful customer with the “Save this as a win” card: no serious or critical violations', async () => {
    const container = await mount(GRATEFUL, '');
    await waitFor(() => expect(container.querySelector('.hd-win button')).not.toBeNull());
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('a card opened, with its suggested wording and actions: no serious or critical violations', async () => {
    const container = await mount(UPSET, EXCUSE);
    await waitFor(() => expect(container.querySelector('.hd-nudge .hd-card-summary')).not.toBeNull());
    act(() => (container.querySelector('.hd-nudge .hd-card-summary') as HTMLButtonElement).click());
    await waitFor(() => expect(container.querySelector('.hd-nudge .hd-actions')).not.toBeNull());
    expect(container.querySelector('.hd-card-summary')?.getAttribute('aria-expanded')).toBe('true');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('collapsed to its tab: the tab is a labelled button, no serious or critical violations', async () => {
    const container = await mount(UPSET, '', true);
    await waitFor(() => expect(container.querySelector('button.hd-tab')).not.toBeNull());
    const tab = container.querySelector('button.hd-tab');
    expect(tab?.getAttribute('aria-label')).toBeTruthy();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('the closed rail on a narrow window, with its count and mark: named in words, no serious or critical violations', async () => {
    (
      window as unknown as { happyDOM: { setViewport(size: { width: number; height: number }): void } }
    ).happyDOM.setViewport({ width: 1024, height: 768 });
    const container = await mount(UPSET, EXCUSE);
    await waitFor(() => expect(container.querySelector('.hd-rail .hd-rail-count')).not.toBeNull());
    expect(container.querySelector('.hd-panel')).toBeNull();
    expect(container.querySelector('.hd-rail')?.getAttribute('aria-label')).toMatch(
      /^Heartdesk: \d+ points? for your reply\. The customer sounds frustrated\.$/,
    );
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('the check can fail: an icon-only button without a name is reported', async () => {
    const container = await mount(UPSET, EXCUSE);
    const unnamed = document.createElement('button');
    unnamed.append(document.createElement('span'));
    container.querySelector('.hd-panel, .hd-root')?.append(unnamed);
    expect((await seriousViolations(container)).some((line) => line.startsWith('button-name'))).toBe(true);
  });
});
