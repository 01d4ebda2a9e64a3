// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';
import { sendToBackground } from '@/lib/messaging/client';
import { sidebarStateItem } from '@/lib/storage/settings';
import type * as Client from '@/lib/messaging/client';
import { fakeWatcher } from '@/tests/sidebar/fake-watcher';

vi.mock('@/lib/messaging/client', async (original) => ({
  ...(await original<typeof Client>()),
  sendToBackground: vi.fn(() => Promise.resolve(undefined)),
}));

const ANGRY =
  'This is the third time I am writing. You charged me TWICE and my order still has not arrived. Unacceptable!!';
const REFUSAL = "Hi Dana, unfortunately we can't refund the second charge, it's our policy.";
const LET_DOWN =
  "I'm so sad and let down. I was really counting on this for my daughter's birthday and now it's ruined.";
const THANKFUL =
  'Thank you so much, Alex! The replacement arrived this morning and it works perfectly. You made my week.';
const QUESTION = 'Hi, could you tell me when the invoice for March will be sent?';
const FINISHED =
  'Hi Sam, thanks for asking. I have sent the March invoice to your email today, and you will also find it under Billing.\n\nBest,\nAlex';

function renderOnNarrowWindow(initial: Parameters<typeof fakeWatcher>[0]) {
  const page = fakeWatcher(initial);
  Object.assign(page.watcher, { composerBox: () => null, threadBox: () => null });
  render(
    <SidebarApp watcher={page.watcher} helpdeskName="Demo" site="demo" origin={location.origin} host={document.body} />,
  );
  return page;
}
const SIDEBAR_CSS = readFileSync('components/sidebar/sidebar.css', 'utf8');
const ruleBody = (selector: string) =>
  SIDEBAR_CSS.match(new RegExp(`\\n${selector.replace('.', '\\.')} \\{([^}]*)\\}`))?.[1] ?? '';
const rail = () => document.querySelector<HTMLButtonElement>('.hd-rail')!;
const seenEvents = () =>
  vi
    .mocked(sendToBackground)
    .mock.calls.filter(
      ([type, payload]) => type === 'sidebar→background:nudge-event' && (payload as { event: string }).event === 'seen',
    );

beforeEach(() => {
  // 1024 px leaves the helpdesk too narrow to dock beside: the slim rail.
  (window as unknown as { happyDOM: { setViewport(size: object): void } }).happyDOM.setViewport({
    width: 1024,
    height: 768,
  });
});
afterEach(() => {
  cleanup();
  vi.mocked(sendToBackground).mockClear();
});

describe('the closed rail', () => {
  it('names how many points wait on the reply, and records none as seen until the panel opens', async () => {
    renderOnNarrowWindow({ customerMessages: [QUESTION], draft: REFUSAL });
    await waitFor(() => expect(rail().getAttribute('aria-label')).toBe('Heartdesk: 1 point for your reply'));
    expect(rail().getAttribute('aria-expanded')).toBe('false');
    expect(rail().querySelector('.hd-rail-count')?.textContent).toBe('1');
    expect(document.querySelector('.hd-panel')).toBeNull();
    expect(document.activeElement).not.toBe(rail());
    expect(seenEvents()).toEqual([]);

    act(() => fireEvent.click(rail()));
    await waitFor(() => expect(document.querySelectorAll('.hd-card-summary')).toHaveLength(1));
    expect(document.querySelector('.hd-card-summary')?.textContent).toContain("we can't");
    await waitFor(() => expect(seenEvents()).toHaveLength(1));
  });

  it('counts exactly the cards the open panel then shows', async () => {
    renderOnNarrowWindow({ customerMessages: [ANGRY], draft: REFUSAL });
    await waitFor(() => expect(rail().getAttribute('aria-label')).toMatch(/^Heartdesk: 2 points for your reply/));
    act(() => fireEvent.click(rail()));
    await waitFor(() => expect(document.querySelectorAll('.hd-card-summary')).toHaveLength(2));
  });

  it('says a frustrated customer sounds frustrated, with a mark in the panel’s colour for frustration', async () => {
    renderOnNarrowWindow({ customerMessages: [ANGRY], draft: REFUSAL });
    await waitFor(() => expect(rail().getAttribute('aria-label')).toContain('The customer sounds frustrated.'));
    expect(rail().querySelector('.hd-rail-upset')?.classList.contains('hd-rail-upset-frustration')).toBe(true);
  });

  it('says a sad customer sounds let down, with a mark in the panel’s colour for sadness', async () => {
    renderOnNarrowWindow({ customerMessages: [LET_DOWN], draft: REFUSAL });
    await waitFor(() => expect(rail().getAttribute('aria-label')).toContain('The customer sounds let down.'));
    expect(rail().querySelector('.hd-rail-upset')?.classList.contains('hd-rail-upset-sadness')).toBe(true);
    act(() => fireEvent.click(rail()));
    await waitFor(() => expect(document.querySelector('.hd-signal-sadness')).not.toBeNull());
  });

  it('colours each mood’s mark from the same token as the panel’s signal for that mood', () => {
    for (const mood of ['frustration', 'sadness']) {
      const token = `var(--hd-mood-${mood})`;
      expect(ruleBody(`.hd-signal-${mood}`)).toContain(`border-left-color: ${token}`);
      expect(ruleBody(`.hd-rail-upset-${mood}`)).toContain(`background: ${token}`);
    }
  });

  it('shows ✓ and "ready to send" for a clean, finished reply', async () => {
    renderOnNarrowWindow({ customerMessages: [QUESTION], draft: FINISHED });
    await waitFor(() => expect(rail().getAttribute('aria-label')).toBe('Heartdesk: ready to send'));
    expect(rail().querySelector('.hd-rail-ready [data-sign="done"]')).not.toBeNull();
    expect(rail().querySelector('.hd-rail-count')).toBeNull();
    expect(rail().querySelector('.hd-rail-upset')).toBeNull();
  });

  it('shows a star and says so when the customer’s thank-you waits to be saved as a win', async () => {
    renderOnNarrowWindow({ customerMessages: [THANKFUL], draft: '' });
    await waitFor(() =>
      expect(rail().getAttribute('aria-label')).toBe(
        'Open Heartdesk. The customer thanked you: you can save it as a win.',
      ),
    );
    expect(rail().querySelector('.hd-rail-win [data-sign="win"]')).not.toBeNull();
    expect(rail().querySelector('.hd-rail-upset')).toBeNull();
    act(() => fireEvent.click(rail()));
    await waitFor(() => expect(document.querySelector('.hd-win button.hd-primary')).not.toBeNull());
  });

  it('colours the win’s star from the same token as the panel’s thank-you', () => {
    expect(ruleBody('.hd-signal-gratitude')).toContain('border-left-color: var(--hd-mood-gratitude)');
    expect(ruleBody('.hd-rail-win')).toContain('color: var(--hd-mood-gratitude)');
  });

  it('follows the draft as the agent types, without opening or counting', async () => {
    const page = renderOnNarrowWindow({ customerMessages: [QUESTION], draft: '' });
    await waitFor(() => expect(rail().getAttribute('aria-label')).toBe('Open Heartdesk'));
    act(() => page.set({ draft: REFUSAL }));
    // Typed just now: judged after the same typing pause as the docked panel, not on the keystroke.
    expect(rail().querySelector('.hd-rail-count')).toBeNull();
    await waitFor(() => expect(rail().querySelector('.hd-rail-count')?.textContent).toBe('1'), {
      timeout: TYPING_PAUSE_MS + 1_000,
    });
    expect(document.querySelector('.hd-panel')).toBeNull();
    expect(seenEvents()).toEqual([]);
  });

  it('open, the rail only offers to close: the panel says the rest', async () => {
    renderOnNarrowWindow({ customerMessages: [ANGRY], draft: REFUSAL });
    await waitFor(() => expect(rail().querySelector('.hd-rail-count')).not.toBeNull());
    act(() => fireEvent.click(rail()));
    expect(screen.getByRole('button', { name: 'Close Heartdesk', expanded: true })).toBe(rail());
    expect(rail().querySelector('.hd-rail-count')).toBeNull();
  });
});

describe('the docked sidebar collapsed to its tab', () => {
  const tab = () => document.querySelector<HTMLButtonElement>('.hd-tab')!;
  async function renderCollapsed(initial: Parameters<typeof fakeWatcher>[0]) {
    // A window wide enough to dock beside (1280 - 320 >= 720): collapsed, it is a tab, not the rail.
    (window as unknown as { happyDOM: { setViewport(size: object): void } }).happyDOM.setViewport({
      width: 1280,
      height: 800,
    });
    await sidebarStateItem.setValue({ demo: { width: 320, collapsed: true } });
    const page = fakeWatcher(initial);
    render(
      <SidebarApp
        watcher={page.watcher}
        helpdeskName="Demo"
        site="demo"
        origin={location.origin}
        host={document.body}
      />,
    );
    await waitFor(() => expect(document.querySelector('.hd-tab')).not.toBeNull());
    return page;
  }

  it('shows the rail’s signs and name: points waiting, the upset mark, and nothing spent until opened', async () => {
    await renderCollapsed({ customerMessages: [ANGRY], draft: REFUSAL });
    await waitFor(() =>
      expect(tab().getAttribute('aria-label')).toBe(
        'Heartdesk: 2 points for your reply. The customer sounds frustrated.',
      ),
    );
    expect(tab().classList.contains('hd-rail')).toBe(false);
    expect(tab().querySelector('.hd-rail-count')?.textContent).toBe('2');
    expect(tab().querySelector('.hd-rail-upset-frustration')).not.toBeNull();
    expect(document.querySelector('.hd-panel')).toBeNull();
    expect(seenEvents()).toEqual([]);

    act(() => fireEvent.click(tab()));
    await waitFor(() => expect(document.querySelectorAll('.hd-card-summary')).toHaveLength(2));
    expect(document.querySelector('.hd-tab')).toBeNull();
    // Seen once the panel shows it: the refusal's card (the other is a prompt about her mood, not a rule's nudge).
    await waitFor(() => expect(seenEvents()).toHaveLength(1));
  });

  it('shows ✓ and says "ready to send" over a finished reply', async () => {
    await renderCollapsed({ customerMessages: [QUESTION], draft: FINISHED });
    await waitFor(() => expect(tab().getAttribute('aria-label')).toBe('Heartdesk: ready to send'));
    expect(tab().querySelector('.hd-rail-ready [data-sign="done"]')).not.toBeNull();
    expect(tab().querySelector('.hd-rail-count')).toBeNull();
  });

  it('shows the star for a thank-you to save, as the rail does', async () => {
    await renderCollapsed({ customerMessages: [THANKFUL], draft: '' });
    await waitFor(() =>
      expect(tab().getAttribute('aria-label')).toBe(
        'Open Heartdesk. The customer thanked you: you can save it as a win.',
      ),
    );
    expect(tab().querySelector('.hd-rail-win [data-sign="win"]')).not.toBeNull();
  });

  it('with nothing waiting, just offers to open', async () => {
    await renderCollapsed({ customerMessages: [QUESTION], draft: '' });
    await waitFor(() => expect(tab().getAttribute('aria-label')).toBe('Open Heartdesk'));
    expect(tab().querySelector('.hd-rail-count, .hd-rail-ready, .hd-rail-upset')).toBeNull();
  });
});
