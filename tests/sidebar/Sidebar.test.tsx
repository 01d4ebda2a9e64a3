// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';
import { DEFAULT_PREFERENCES, loadPreferences, preferencesItem } from '@/lib/storage/settings';
import { fakeWatcher } from '@/tests/sidebar/fake-watcher';

const ANGRY =
  'This is the third time I am writing. You charged me TWICE and my order still has not arrived. Unacceptable!!';
const GRATEFUL = 'That worked! Thank you so much for sorting this out so quickly, really appreciate it.';
const EXCUSE = "Hi Dana, unfortunately we can't refund the second charge, it's our policy.";

function renderSidebar(initial: Parameters<typeof fakeWatcher>[0]) {
  const page = fakeWatcher(initial);
  const onCollapse = vi.fn();
  const view = render(
    <Sidebar watcher={page.watcher} helpdeskName="Zendesk" onCollapse={onCollapse} focusRequest={0} />,
  );
  return { ...view, page, onCollapse };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Sidebar states', () => {
  it('empty: nothing read and no reply box, says so plainly with the picker one click away', () => {
    const onShowMe = vi.fn();
    const page = fakeWatcher({ composerFound: false, settled: true });
    render(
      <Sidebar watcher={page.watcher} helpdeskName="Desk" onCollapse={vi.fn()} focusRequest={0} onShowMe={onShowMe} />,
    );
    expect(screen.getByText("Heartdesk can't find the customer's messages here.")).toBeTruthy();
    expect(screen.queryByText('Nothing stands out. Read them in your own way.')).toBeNull();
    expect(screen.getByText('Suggestions on your reply start when the reply box opens.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "Point out the customer's message" }));
    expect(onShowMe).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('.hd-nudge')).toHaveLength(0);
  });

  it('still rendering: says it is reading, not that nothing is there', () => {
    renderSidebar({ composerFound: false, settled: false });
    expect(screen.getByText('Reading this ticket…')).toBeTruthy();
    expect(screen.queryByText("Heartdesk can't find the customer's messages here.")).toBeNull();
  });

  it("a page that never shows the conversation: points to the ticket's own page, and offers no picker", () => {
    renderSidebar({ composerFound: true, settled: true, threadOnOtherPage: true });
    expect(screen.getByText(/This page shows no conversation\. Open the ticket's own page once/)).toBeTruthy();
    expect(screen.queryByText("Heartdesk can't find the customer's messages here.")).toBeNull();
    expect(screen.queryByRole('button', { name: "Point out the customer's message" })).toBeNull();
  });

  it('an internal note open: says coaching is for replies', () => {
    renderSidebar({ composerFound: false, noteOpen: true, customerMessages: [ANGRY] });
    expect(screen.getByText(/This is an internal note/)).toBeTruthy();
  });

  it('messages read on the ticket page earlier in the tab: says where the mood comes from', async () => {
    renderSidebar({ customerMessages: [ANGRY], messagesSource: 'earlier' });
    expect(await screen.findByText('Frustrated')).toBeTruthy();
    expect(screen.getByText("Read from the customer's messages on the ticket page you opened before this reply page.")).toBeTruthy();
  });

  it('a recipe that no longer fits: says so and offers to show the page again', () => {
    renderSidebar({ customerMessages: [ANGRY], recipe: 'stale' });
    expect(screen.getByText(/no longer fits this page/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Point it out again' })).toBeTruthy();
  });

  it('upset customer and an excuse: the mood with its words, and one nudge with the words marked', async () => {
    renderSidebar({ customerMessages: [ANGRY], draft: EXCUSE });
    const frustration = await screen.findByText('Frustrated');
    expect(frustration.closest('[data-signal]')?.textContent).toMatch(/third time|twice|unacceptable/i);
    await waitFor(() => expect(document.querySelectorAll('.hd-nudge').length).toBeGreaterThan(0));
    const marked = [...document.querySelectorAll('.hd-nudge mark')].map((mark) => mark.textContent?.toLowerCase());
    expect(marked.join(' ')).toMatch(/unfortunately|policy/);
    expect(document.querySelectorAll('.hd-nudge').length).toBeLessThanOrEqual(DEFAULT_PREFERENCES.maxNudgesShown);
  });

  it('grateful customer: offers to save the thanks as a win, and no nudge for a kind reply', async () => {
    renderSidebar({ customerMessages: [GRATEFUL], draft: 'Glad it works now, Mei!' });
    expect(await screen.findByRole('button', { name: 'Save this as a win' })).toBeTruthy();
    expect(screen.getByText(/That worked!/)).toBeTruthy();
    expect(document.querySelectorAll('.hd-nudge')).toHaveLength(0);
  });

  it('the empathy prompt on another kind of ticket offers its examples as examples, not as this customer’s problem', async () => {
    const lamp =
      'The lamp arrived with the shade in pieces and nobody answered my email for three days. This is really frustrating!';
    renderSidebar({ customerMessages: [lamp], draft: '' });
    await waitFor(() => expect(document.querySelector('.hd-prompt .hd-card-words')?.textContent).toMatch(/own words/));
    const prompt = document.querySelector('.hd-prompt .hd-card-words')?.textContent ?? '';
    // "the parcel that never came, the charge taken twice" read as if Heartdesk had mixed up this ticket with another.
    expect(prompt).not.toMatch(/\bthe (parcel|charge)\b/);
    expect(prompt).toMatch(/for example/i);
  });

  it('the thanks prompt offers its examples as examples: this customer sent no screenshot', async () => {
    renderSidebar({ customerMessages: [GRATEFUL], draft: '' });
    await waitFor(() => expect(document.querySelector('.hd-question')?.textContent).toMatch(/specific thing/));
    const prompt = document.querySelector('.hd-question')?.textContent ?? '';
    expect(prompt).not.toMatch(/\bthe screenshot they sent\b/);
    expect(prompt).toMatch(/for example/i);
  });

  it('the header collapses the sidebar', () => {
    const { onCollapse } = renderSidebar({ customerMessages: [ANGRY], draft: EXCUSE });
    fireEvent.click(screen.getByRole('button', { name: 'Collapse Heartdesk' }));
    expect(onCollapse).toHaveBeenCalled();
  });

  it('muted: a muted rule never shows, and “Mute this rule” stores the mute', async () => {
    renderSidebar({ customerMessages: [ANGRY], draft: EXCUSE });
    await waitFor(() => expect(document.querySelector('.hd-nudge')).not.toBeNull());
    const point = document.querySelector('.hd-nudge')!.getAttribute('data-point')!;
    fireEvent.click(document.querySelector('.hd-nudge .hd-card-summary')!);
    fireEvent.click(screen.getAllByRole('button', { name: 'Mute this rule' })[0]!);
    await waitFor(async () => expect((await loadPreferences()).mutedRules.length).toBe(1));
    await waitFor(() => expect(document.querySelector(`.hd-nudge[data-point="${point}"]`)).toBeNull());
  });

  it('quiet mode: no nudges and no prompts, and it says why', async () => {
    await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, quietMode: true });
    renderSidebar({ customerMessages: [ANGRY], draft: EXCUSE });
    expect(await screen.findByText('Quiet mode is on: no suggestions for now.')).toBeTruthy();
    expect(document.querySelectorAll('.hd-nudge, .hd-prompt')).toHaveLength(0);
  });

  it('a new ticket forgets the previous one: nothing of ticket 7 describes ticket 8', async () => {
    const { page } = renderSidebar({ customerMessages: [ANGRY], draft: EXCUSE });
    await waitFor(() => expect(document.querySelector('.hd-nudge')).not.toBeNull());
    act(() => page.set({ ticketKey: '8', generation: 1, customerMessages: [GRATEFUL], draft: '' }));
    await waitFor(() => expect(document.querySelector('.hd-nudge')).toBeNull());
    expect(screen.queryByText('Frustrated')).toBeNull();
  });

  it('a draft already there when the sidebar opens is judged at once', async () => {
    const openedAt = Date.now();
    renderSidebar({ customerMessages: [ANGRY], draft: EXCUSE });
    await waitFor(() => expect(document.querySelector('.hd-nudge')).not.toBeNull());
    expect(Date.now() - openedAt).toBeLessThan(TYPING_PAUSE_MS);
  });

  it('a sentence just typed waits for the typing pause, then its card comes', async () => {
    const { page } = renderSidebar({ customerMessages: [ANGRY], draft: '' });
    expect(await screen.findByText('Frustrated')).toBeTruthy();
    const typedAt = Date.now();
    act(() => page.set({ draft: EXCUSE }));
    await waitFor(() => expect(document.querySelector('.hd-nudge')).not.toBeNull(), { timeout: TYPING_PAUSE_MS * 2 });
    expect(Date.now() - typedAt).toBeGreaterThanOrEqual(TYPING_PAUSE_MS);
  });

  it('pre-send check is pinned and always there, and ticks as the reply improves', async () => {
    const { page } = renderSidebar({ customerMessages: [ANGRY], draft: EXCUSE });
    expect(screen.getByText('Before you send')).toBeTruthy();
    const finished = `${EXCUSE} I know this is frustrating after writing three times.\nBest,\nAlex`;
    act(() => page.set({ draft: finished }));
    const nextStep = () => document.querySelector('[data-check="next-step"]')?.getAttribute('data-status');
    expect(nextStep()).toBe('missing');
    act(() =>
      page.set({
        draft: `Hi Dana, I'm sorry you had to write three times and were charged twice. I have refunded the duplicate charge today and you will get an email from me by Friday with the delivery date.\nBest,\nAlex`,
      }),
    );
    await waitFor(() => expect(nextStep()).toBe('done'));
  });
});
